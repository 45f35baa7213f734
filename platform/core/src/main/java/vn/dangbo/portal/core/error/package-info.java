/** Errors the services raise for bad input, each naming the field and the reason. */
package vn.dangbo.portal.core.error;
