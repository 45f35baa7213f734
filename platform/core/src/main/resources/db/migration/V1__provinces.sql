-- Provinces as they stood before and after the merger of 1 July 2025. Every organisation, area and
-- unit records the province it belonged to before the merger (its former territory), so a
-- program adopted before the merger keeps counting its own territory.
CREATE TABLE province (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    merged_into VARCHAR(32)  REFERENCES province (code)
);

INSERT INTO province (code, name_vi, name_en, valid_from, valid_to, merged_into) VALUES
    ('can-tho',    'Cần Thơ',    'Can Tho',    NULL, NULL, NULL),
    ('hai-phong',  'Hải Phòng',  'Hai Phong',  NULL, NULL, NULL),
    ('khanh-hoa',  'Khánh Hòa',  'Khanh Hoa',  NULL, NULL, NULL),
    ('dong-thap',  'Đồng Tháp',  'Dong Thap',  NULL, NULL, NULL),
    ('soc-trang',  'Sóc Trăng',  'Soc Trang',  NULL, DATE '2025-06-30', 'can-tho'),
    ('hau-giang',  'Hậu Giang',  'Hau Giang',  NULL, DATE '2025-06-30', 'can-tho'),
    ('hai-duong',  'Hải Dương',  'Hai Duong',  NULL, DATE '2025-06-30', 'hai-phong'),
    ('ninh-thuan', 'Ninh Thuận', 'Ninh Thuan', NULL, DATE '2025-06-30', 'khanh-hoa'),
    ('tien-giang', 'Tiền Giang', 'Tien Giang', NULL, DATE '2025-06-30', 'dong-thap');
