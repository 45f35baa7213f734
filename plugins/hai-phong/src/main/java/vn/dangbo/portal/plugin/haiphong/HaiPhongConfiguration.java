package vn.dangbo.portal.plugin.haiphong;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The settings administrators edit through Configuration Admin (metatype). Keys, defaults and options
 * mirror {@code HaiPhongSettings}; a test checks they agree.
 */
@ObjectClassDefinition(id = "vn.dangbo.portal.program.hai-phong", name = "Đề án phát triển đảng viên Hải Phòng",
        description = "Cách đọc các chỉ tiêu của đề án (programs.md, \"Reading\").")
@interface HaiPhongConfiguration {

    @AttributeDefinition(name = "Tỷ lệ người lao động trong doanh nghiệp tính trên", options = {
            @Option(value = "NEW_MEMBERS", label = "Đảng viên mới kết nạp"),
            @Option(value = "ALL_MEMBERS", label = "Tổng số đảng viên")})
    String worker_share_base() default "NEW_MEMBERS";

    @AttributeDefinition(name = "Chỉ tiêu kết nạp 15-20 người có đạo", options = {
            @Option(value = "YEARLY", label = "Mỗi năm"),
            @Option(value = "WHOLE_PERIOD", label = "Cả giai đoạn 2023-2030")})
    String religious_period() default "YEARLY";

    @AttributeDefinition(name = "Địa bàn tính chỉ tiêu", options = {
            @Option(value = "FORMER_PROVINCE", label = "Địa bàn tỉnh cũ"),
            @Option(value = "MERGED_PROVINCE", label = "Tỉnh sau sáp nhập")})
    String territory_mode() default "FORMER_PROVINCE";

    @AttributeDefinition(name = "Chỉ tiêu dạng khoảng", options = {
            @Option(value = "ABOVE_IS_EXCEEDED", label = "Vượt khoảng vẫn đạt (ghi vượt)"),
            @Option(value = "ONLY_INSIDE", label = "Chỉ đạt trong khoảng")})
    String range_policy() default "ABOVE_IS_EXCEEDED";
}
