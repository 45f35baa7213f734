package vn.dangbo.portal.datagen.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.dangbo.portal.datagen.record.GeneratedRecord;

/** SHA-256 over the textual form of every record in order: equal digests mean identical streams. */
public final class DigestSink implements DataSink {

    private final MessageDigest digest;

    public DigestSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public void accept(GeneratedRecord record) {
        digest.update(record.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    /** The digest of everything accepted so far, in hex. */
    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
