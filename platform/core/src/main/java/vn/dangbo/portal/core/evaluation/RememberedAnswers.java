package vn.dangbo.portal.core.evaluation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers one evaluation's repeated questions once. A program's indicators ask the same aggregate
 * question several times (Cần Thơ's asked for the territory's private units three times per year at
 * scale 1.0: 0.4 s of SQL); within one evaluation the answer cannot differ, since the data version the
 * figures are cached under is read before the evaluation starts and any write makes them stale.
 *
 * <p>Wraps a query service of the plugin API: every method call is remembered by method and arguments
 * for the life of the evaluation context. A failed query is not remembered. Collections are handed out
 * as copies, so a plugin that sorts or edits an answer in place cannot change what the next indicator
 * reads.
 */
final class RememberedAnswers implements InvocationHandler {

    private final Object target;
    private final ConcurrentMap<List<Object>, Object> answers = new ConcurrentHashMap<>();

    private RememberedAnswers(Object target) {
        this.target = target;
    }

    /** The service, answering each distinct question once. */
    static <T> T of(Class<T> service, T target) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                new RememberedAnswers(target)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        Object[] question = new Object[(args == null ? 0 : args.length) + 1];
        question[0] = method;
        if (args != null) {
            System.arraycopy(args, 0, question, 1, args.length);
        }
        List<Object> key = Arrays.asList(question);
        Object answer = answers.get(key);
        if (answer == null) {
            answer = call(method, args);
            if (answer != null) {
                answers.putIfAbsent(key, answer);
            }
        }
        return copy(answer);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object copy(Object answer) {
        if (answer instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (answer instanceof Set<?> set) {
            return new LinkedHashSet<>(set);
        }
        if (answer instanceof Map<?, ?> map) {
            return new LinkedHashMap<>(map);
        }
        return answer;
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "remembered " + target;
        };
    }
}
