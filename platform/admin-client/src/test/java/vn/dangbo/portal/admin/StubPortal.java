package vn.dangbo.portal.admin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A local HTTP server standing in for the portal: canned answers per "METHOD path", requests recorded. */
final class StubPortal implements AutoCloseable {

    record Request(String method, String path, String authorization, String contentType, byte[] body) {
    }

    private record Canned(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Canned> answers = new LinkedHashMap<>();
    final List<Request> requests = new ArrayList<>();

    StubPortal() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (requests) {
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
            }
            Canned canned = answers.getOrDefault(key, new Canned(404, "application/problem+json",
                    "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"stub has no " + key + "\"}"));
            byte[] out = canned.body().getBytes(StandardCharsets.UTF_8);
            if (canned.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", canned.contentType());
            }
            exchange.sendResponseHeaders(canned.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
    }

    StubPortal answer(String methodAndPath, int status, String contentType, String body) {
        answers.put(methodAndPath, new Canned(status, contentType, body));
        return this;
    }

    StubPortal json(String methodAndPath, int status, String body) {
        return answer(methodAndPath, status, "application/json", body);
    }

    StubPortal problem(String methodAndPath, int status, String title, String detail, String... problems) {
        StringBuilder list = new StringBuilder();
        for (String problem : problems) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(problem).append('"');
        }
        return answer(methodAndPath, status, "application/problem+json", "{\"type\":\"urn:dangbo:problem:x\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"errors\":[],\"problems\":[" + list + "]}");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
