package vn.dangbo.portal.plugin.dongthap;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings administrators edit through Configuration Admin (metatype); a test checks they agree. */
@ObjectClassDefinition(id = "vn.dangbo.portal.program.dong-thap", name = "Chương trình Đồng Tháp",
        description = "Cách đọc các chỉ tiêu (programs.md, \"Reading\") và chỉ tiêu dân số.")
@interface DongThapConfiguration {

    @AttributeDefinition(name = "Tỷ lệ bí thư kiêm trưởng ấp (khóm) dưới 40 tuổi tính trên", options = {
            @Option(value = "SECRETARY_HEADS", label = "Bí thư đồng thời là trưởng ấp (khóm)"),
            @Option(value = "ALL_BRANCHES", label = "Tất cả chi bộ ấp (khóm)")})
    String young_secretary_base() default "SECRETARY_HEADS";

    @AttributeDefinition(name = "Chỉ tiêu tỷ lệ đảng viên so với dân số", options = {
            @Option(value = "2.2", label = "≥ 2,2 %"),
            @Option(value = "TRACKED", label = "Theo dõi")})
    String population_target() default "2.2";

    @AttributeDefinition(name = "Địa bàn tính chỉ tiêu", options = {
            @Option(value = "FORMER_PROVINCE", label = "Địa bàn tỉnh cũ"),
            @Option(value = "MERGED_PROVINCE", label = "Tỉnh sau sáp nhập")})
    String territory_mode() default "FORMER_PROVINCE";
}
