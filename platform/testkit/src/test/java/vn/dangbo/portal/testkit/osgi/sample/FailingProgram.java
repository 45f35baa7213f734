package vn.dangbo.portal.testkit.osgi.sample;

/** A program whose component cannot be created: its constructor throws. */
public class FailingProgram extends SampleProgram {

    public FailingProgram() {
        throw new IllegalStateException("broken on purpose");
    }
}
