package vn.dangbo.portal.plugin.cantho.internal;

/**
 * required(workers): "Mỗi chi bộ đơn vị kinh tế tư nhân kết nạp ít nhất 01 đảng viên; có từ 50 công
 * nhân, lao động trở lên làm việc ổn định kết nạp được ít nhất 02 đảng viên, mỗi đơn vị có thêm 30
 * lao động, kết nạp thêm 01 đảng viên".
 */
public final class RequiredAdmissions {

    static final int THRESHOLD = 50;
    static final int STEP = 30;

    private RequiredAdmissions() {
    }

    public static int required(int workers, CanThoSettings.RequiredStep step) {
        if (workers < THRESHOLD) {
            return 1;
        }
        int above = workers - THRESHOLD;
        int extra = step == CanThoSettings.RequiredStep.FULL_30 ? above / STEP : (above + STEP - 1) / STEP;
        return 2 + extra;
    }
}
