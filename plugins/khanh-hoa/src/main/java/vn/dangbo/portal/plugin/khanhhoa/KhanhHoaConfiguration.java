package vn.dangbo.portal.plugin.khanhhoa;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings administrators edit through Configuration Admin (metatype); a test checks they agree. */
@ObjectClassDefinition(id = "vn.dangbo.portal.program.khanh-hoa", name = "Chỉ thị phát triển đảng viên Khánh Hòa",
        description = "Địa bàn tính các chỉ tiêu của chỉ thị.")
@interface KhanhHoaConfiguration {

    @AttributeDefinition(name = "Địa bàn tính chỉ tiêu", options = {
            @Option(value = "FORMER_PROVINCE", label = "Địa bàn tỉnh cũ"),
            @Option(value = "MERGED_PROVINCE", label = "Tỉnh sau sáp nhập")})
    String territory_mode() default "FORMER_PROVINCE";
}
