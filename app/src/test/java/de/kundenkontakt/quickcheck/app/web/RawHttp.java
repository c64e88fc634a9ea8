package de.kundenkontakt.quickcheck.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for requests that ordinary clients refuse to send or
 * rewrite: a forged Host header, a NUL in the path, oversized lines and headers. Sends
 * {@code Connection: close} and reads to the end.
 */
public final class RawHttp {

    /** A response: status, headers (lower-case names, last one wins) and body as UTF-8 text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    public static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String fullHead = head + "\r\nConnection: close\r\n"
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
            out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before it has read an oversized body
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    public static Response get(int port, String target, String... headers) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/html"
                + (headers.length > 0 ? "\r\n" + String.join("\r\n", headers) : ""), new byte[0]);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a connection reset after the answer was read
        }
        return bytes.toByteArray();
    }

    private static Response parse(byte[] raw) {
        int offset = 0;
        int end = headEnd(raw, offset);
        // skip interim answers such as "100 Continue"
        while (end > 0 && new String(raw, offset, 10, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 1")) {
            offset = end + 4;
            end = headEnd(raw, offset);
        }
        String head = new String(raw, offset, (end < 0 ? raw.length : end) - offset, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static int headEnd(byte[] raw, int from) {
        for (int i = from; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] dechunk(byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0 || lineEnd + 2 + size > bytes.length) {
                break;
            }
            body.write(bytes, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
