// Builds elements with text only: every text goes through textContent, never innerHTML, so plugin
// and user data can never become markup or script.

/**
 * el('a', {href: '…', class: 'x', dataset: {k: 'v'}, on: {click: fn}}, 'text', child, …)
 */
export function el(tag, attrs = {}, ...children) {
    const node = tag.startsWith('svg:')
        ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
        : document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
        if (value == null || value === false) {
            continue;
        }
        if (name === 'dataset') {
            Object.assign(node.dataset, value);
        } else if (name === 'on') {
            for (const [event, handler] of Object.entries(value)) {
                node.addEventListener(event, handler);
            }
        } else if (name === 'text') {
            node.textContent = value;
        } else {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(node, children);
    return node;
}

function append(node, children) {
    for (const child of children) {
        if (child == null || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            append(node, child);
        } else if (child instanceof Node) {
            node.appendChild(child);
        } else {
            node.appendChild(document.createTextNode(String(child)));
        }
    }
}

/** Replaces the node's content. */
export function replace(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
}
