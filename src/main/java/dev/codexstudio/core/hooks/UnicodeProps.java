package dev.codexstudio.core.hooks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The Unicode property names and values Rust's regex-syntax accepts in {@code \p{…}} (normalised per UAX44-LM3 as
 * regex-syntax does: case, spaces, {@code _} and {@code -} ignored, an {@code is} prefix dropped).
 */
final class UnicodeProps {

    static final String NOT_FOUND = "Unicode property not found";
    static final String VALUE_NOT_FOUND = "Unicode property value not found";

    private static final Set<String> GENCAT = set("c other cc control cntrl cf format cn unassigned co privateuse "
            + "cs surrogate l letter lc casedletter ll lowercaseletter lm modifierletter lo otherletter lt "
            + "titlecaseletter lu uppercaseletter m mark combiningmark mc spacingmark me enclosingmark mn "
            + "nonspacingmark n number nd decimalnumber digit nl letternumber no othernumber p punctuation punct "
            + "pc connectorpunctuation pd dashpunctuation pe closepunctuation pf finalpunctuation pi "
            + "initialpunctuation po otherpunctuation ps openpunctuation s symbol sc currencysymbol sk "
            + "modifiersymbol sm mathsymbol so othersymbol z separator zl lineseparator zp paragraphseparator "
            + "zs spaceseparator any assigned ascii isc");

    private static final Set<String> BINARY = set("asciihexdigit ahex alphabetic alpha bidicontrol bidic "
            + "bidimirrored bidim caseignorable ci cased changeswhencasefolded cwcf changeswhencasemapped cwcm "
            + "changeswhenlowercased cwl changeswhennfkccasefolded cwkcf changeswhentitlecased cwt "
            + "changeswhenuppercased cwu dash defaultignorablecodepoint di deprecated dep diacritic dia emoji "
            + "emojicomponent ecomp emojimodifier emod emojimodifierbase ebase emojipresentation epres "
            + "extendedpictographic extpict extender ext graphemebase grbase graphemeextend grext hexdigit hex "
            + "idsbinaryoperator idsb idstrinaryoperator idst idsunaryoperator idsu idcontinue idc idstart ids "
            + "ideographic ideo joincontrol joinc logicalorderexception loe lowercase lower math "
            + "noncharactercodepoint nchar patternsyntax patsyn patternwhitespace patws "
            + "prependedconcatenationmark pcm quotationmark qmark radical regionalindicator ri sentenceterminal "
            + "sterm softdotted sd terminalpunctuation term unifiedideograph uideo uppercase upper "
            + "variationselector vs whitespace wspace space xidcontinue xidc xidstart xids modifiercombiningmark "
            + "mcm idcompatmathstart idcompatmathcontinue");

    private static final Set<String> SCRIPTS = set("adlam adlm aghb ahom anatolianhieroglyphs arab arabic armenian armi armn avestan avst bali balinese bamu bamum bass bassavah batak batk beng bengali bhaiksuki bhks bopo bopomofo brah brahmi brai braille bugi buginese buhd buhid cakm canadianaboriginal cans cari carian caucasianalbanian chakma cham cher cherokee chorasmian chrs common copt coptic cpmn cprt cuneiform cypriot cyprominoan cyrillic cyrl deseret deva devanagari diak divesakuru dogr dogra dsrt dupl duployan egyp egyptianhieroglyphs elba elbasan elym elymaic ethi ethiopic gara garay geor georgian glag glagolitic gong gonm goth gothic gran grantha greek grek gujarati gujr gukh gunjalagondi gurmukhi guru gurungkhema han hang hangul hani hanifirohingya hano hanunoo hatr hatran hebr hebrew hira hiragana hluw hmng hmnp hrkt hung imperialaramaic inherited inscriptionalpahlavi inscriptionalparthian ital java javanese kaithi kali kana kannada katakana katakanaorhiragana kawi kayahli khar kharoshthi khitansmallscript khmer khmr khoj khojki khudawadi kiratrai kits knda krai kthi lana lao laoo latin latn lepc lepcha limb limbu lina linb lineara linearb lisu lyci lycian lydi lydian mahajani mahj maka makasar malayalam mand mandaic mani manichaean marc marchen masaramgondi medefaidrin medf meeteimayek mend mendekikakui merc mero meroiticcursive meroitichieroglyphs miao mlym modi mong mongolian mro mroo mtei mult multani myanmar mymr nabataean nagm nagmundari nand nandinagari narb nbat newa newtailue nko nkoo nshu nushu nyiakengpuachuehmong ogam ogham olchiki olck oldhungarian olditalic oldnortharabian oldpermic oldpersian oldsogdian oldsoutharabian oldturkic olduyghur olonal onao oriya orkh orya osage osge osma osmanya ougr pahawhhmong palm palmyrene pauc paucinhau perm phag phagspa phli phlp phnx phoenician plrd prti psalterpahlavi qaai rejang rjng rohg runic runr samaritan samr sarb saur saurashtra sgnw sharada shavian shaw shrd sidd siddham signwriting sind sinh sinhala sogd sogdian sogo sora sorasompeng soyo soyombo sund sundanese sunu sunuwar sylo sylotinagri syrc syriac tagalog tagb tagbanwa taile taitham taiviet takr takri tale talu tamil taml tang tangsa tangut tavt telu telugu tfng tglg thaa thaana thai tibetan tibt tifinagh tirh tirhuta tnsa todhri todr toto tulutigalari tutg ugar ugaritic unknown vai vaii vith vithkuqi wancho wara warangciti wcho xpeo xsux yezi yezidi yi yiii zanabazarsquare zanb zinh zyyy zzzz");

    private static final Set<String> AGE = set("1.1 v11 2.0 v20 2.1 v21 3.0 v30 3.1 v31 3.2 v32 4.0 v40 4.1 v41 "
            + "5.0 v50 5.1 v51 5.2 v52 6.0 v60 6.1 v61 6.2 v62 6.3 v63 7.0 v70 8.0 v80 9.0 v90 10.0 v100 11.0 v110 "
            + "12.0 v120 12.1 v121 13.0 v130 14.0 v140 15.0 v150 15.1 v151 16.0 v160 na unassigned");

    private static final Set<String> GCB = set("cn control cr eb ebase ebg ebasegaz em emodifier ex extend gaz "
            + "glueafterzwj l lf lv lvt pp prepend ri regionalindicator sm spacingmark t v xx other zwj");

    private static final Set<String> SB = set("at aterm cl close cr ex extend fo format le oletter lf lo lower nu "
            + "numeric sc scontinue se sep sp st sterm up upper xx other");

    private static final Set<String> WB = set("cr dq doublequote eb ebase ebg ebasegaz em emodifier ex extendnumlet "
            + "extend fo format gaz glueafterzwj hl hebrewletter ka katakana le aletter lf mb midnumlet ml midletter "
            + "mn midnum nl newline nu numeric ri regionalindicator sq singlequote wsegspace xx other zwj");

    /** Other property names regex-syntax knows (values of these are not supported). */
    private static final Set<String> OTHER_PROPERTIES = set("age bc bidiclass blk block bmg bidimirroringglyph bpb "
            + "bidipairedbracket bpt bidipairedbrackettype ccc canonicalcombiningclass cf casefolding cjkrad dm "
            + "decompositionmapping dt decompositiontype ea eastasianwidth equideo fcnfkc gcb graphemeclusterbreak "
            + "hst hangulsyllabletype inpc indicpositionalcategory insc indicsyllabiccategory jg joininggroup jt "
            + "joiningtype lb linebreak lc lowercasemapping na name nfcqc nfdqc nfkcqc nfkdqc nt numerictype nv "
            + "numericvalue sb sentencebreak scx scriptextensions suc simpleuppercasemapping slc simplelowercasemapping "
            + "stc simpletitlecasemapping tc titlecasemapping uc uppercasemapping vo verticalorientation wb wordbreak "
            + "gc generalcategory sc script");

    private UnicodeProps() {
    }

    private static Set<String> set(String words) {
        return new HashSet<>(Arrays.asList(words.split(" ")));
    }

    /** regex-syntax's {@code symbolic_name_normalize}. */
    static String normalize(String name) {
        String s = name;
        boolean startsWithIs = s.length() >= 2 && s.substring(0, 2).equalsIgnoreCase("is");
        if (startsWithIs) {
            s = s.substring(2);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '_' || c == '-') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else if (c <= 0x7F) {
                b.append(c);
            }
        }
        if (startsWithIs && b.toString().equals("c")) {
            return "isc";
        }
        return b.toString();
    }

    private static boolean isProperty(String norm) {
        return BINARY.contains(norm) || OTHER_PROPERTIES.contains(norm);
    }

    /** The error for {@code \p{name}} or {@code \p{name=value}}, or null when regex-syntax accepts it. */
    static String check(String name, String value) {
        if (value == null) {
            String norm = normalize(name);
            if (!norm.equals("cf") && !norm.equals("sc") && !norm.equals("lc") && isProperty(norm)) {
                return BINARY.contains(norm) ? null : NOT_FOUND;
            }
            return GENCAT.contains(norm) || SCRIPTS.contains(norm) ? null : NOT_FOUND;
        }
        String prop = normalize(name);
        String val = normalize(value);
        if (!isProperty(prop)) {
            return NOT_FOUND;
        }
        boolean ok = switch (prop) {
            case "gc", "generalcategory" -> GENCAT.contains(val);
            case "sc", "script", "scx", "scriptextensions" -> SCRIPTS.contains(val);
            case "age" -> AGE.contains(val);
            case "gcb", "graphemeclusterbreak" -> GCB.contains(val);
            case "sb", "sentencebreak" -> SB.contains(val);
            case "wb", "wordbreak" -> WB.contains(val);
            default -> false;
        };
        return ok ? null : VALUE_NOT_FOUND;
    }
}
