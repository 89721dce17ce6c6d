using System.Text.RegularExpressions;

namespace Otklik.Text.PlainLanguage;

internal static class Abbreviations
{
    // Understood by everyone; no expansion needed.
    public static readonly HashSet<string> Common =
    [
        "РФ", "СССР", "МФЦ", "ФИО", "ИНН", "СНИЛС", "ЖКХ", "ООО",
        "ИП", "ПАО", "АО", "ОАО", "ЗАО", "СМС", "SMS",
    ];

    public static readonly Dictionary<string, string> Known = new()
    {
        ["ЕДВ"] = "ежемесячная денежная выплата",
        ["ЕДК"] = "ежемесячная денежная компенсация",
        ["СФР"] = "Социальный фонд России",
        ["МСЭ"] = "медико-социальная экспертиза",
        ["ТСР"] = "технические средства реабилитации",
        ["ИПРА"] =
            "индивидуальная программа реабилитации или абилитации",
        ["ЖКУ"] = "жилищно-коммунальные услуги",
        ["ЕПГУ"] = "портал госуслуг",
        ["ГСП"] = "государственная социальная помощь",
        ["ПМ"] = "прожиточный минимум",
        ["СЭДД"] = "система электронного документооборота",
        ["ОСЗН"] = "отдел социальной защиты населения",
        ["УТСЗН"] = "управление труда и социальной защиты населения",
    };

    // An abbreviation is explained when the text carries it next to its expansion in brackets, either
    // way round.
    // A plain scan rather than a regular expression built per call: no timeout to hit on a busy server.
    public static bool IsExplained(string text, Match abbreviation) =>
        text.Contains($"({abbreviation.Value})", StringComparison.Ordinal)
        || ExpandedAfter(text, abbreviation.Value);

    private static bool ExpandedAfter(string text, string abbreviation)
    {
        for (var at = text.IndexOf(abbreviation, StringComparison.Ordinal); at >= 0;
            at = text.IndexOf(abbreviation, at + 1, StringComparison.Ordinal))
        {
            var i = at + abbreviation.Length;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var close = i < text.Length && text[i] == '(' ? text.IndexOf(')', i + 1) : -1;
            if (close - i - 1 >= 6)
            {
                return true;
            }
        }

        return false;
    }
}
