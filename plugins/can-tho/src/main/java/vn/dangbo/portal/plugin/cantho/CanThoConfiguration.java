package vn.dangbo.portal.plugin.cantho;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The settings administrators edit through Configuration Admin (metatype). Keys, defaults and options
 * mirror {@code CanThoSettings}; a test checks they agree.
 */
@ObjectClassDefinition(id = "vn.dangbo.portal.program.can-tho", name = "Chương trình hành động Cần Thơ",
        description = "Cách đọc các chỉ tiêu của chương trình (programs.md, \"Reading\").")
@interface CanThoConfiguration {

    @AttributeDefinition(name = "Số đảng viên chi bộ đơn vị kinh tế tư nhân phải kết nạp", options = {
            @Option(value = "FULL_30", label = "Đủ mỗi 30 lao động"),
            @Option(value = "STARTED_30", label = "Mỗi 30 lao động bắt đầu")})
    String required_admissions_step() default "FULL_30";

    @AttributeDefinition(name = "Thời hạn các chỉ tiêu (1)-(3) đến năm 2030", options = {
            @Option(value = "EVERY_YEAR_2025_2030", label = "Hằng năm 2025-2030"),
            @Option(value = "YEAR_2030_ONLY", label = "Chỉ năm 2030")})
    String targets2030_period() default "EVERY_YEAR_2025_2030";

    @AttributeDefinition(name = "Địa bàn tính chỉ tiêu", options = {
            @Option(value = "FORMER_PROVINCE", label = "Địa bàn tỉnh cũ"),
            @Option(value = "MERGED_PROVINCE", label = "Tỉnh sau sáp nhập")})
    String territory_mode() default "FORMER_PROVINCE";

    @AttributeDefinition(name = "Chỉ tiêu dạng khoảng", options = {
            @Option(value = "ABOVE_IS_EXCEEDED", label = "Vượt khoảng vẫn đạt (ghi vượt)"),
            @Option(value = "ONLY_INSIDE", label = "Chỉ đạt trong khoảng")})
    String range_policy() default "ABOVE_IS_EXCEEDED";
}
