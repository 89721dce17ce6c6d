using System.Text.RegularExpressions;

namespace Otklik.Web.Features.Appeals;

// Signs in the text that an answer at the legal maximum would come too late (R6.1). A suggestion with
// its reasons; the department head decides.
public static partial class UrgencyCues
{
    private static readonly (Regex Pattern, string Reason)[] Cues =
    [
        (Food(), "нет средств на еду или жизнь"),
        (Eviction(), "угроза выселения или потери жилья"),
        (Utilities(), "отключение отопления, газа, света или воды"),
        (Health(), "угроза здоровью, нужны лекарства или лечение"),
        (Child(),
            "ребёнок или человек с инвалидностью в трудной ситуации"),
        (Deadline(), "заявитель называет близкий срок"),
    ];

    public static List<string> Find(string text) =>
        [.. Cues.Where(c => c.Pattern.IsMatch(text)).Select(c => c.Reason)];

    [GeneratedRegex(@"нечего есть|нет еды|голода|голодаем" +
        @"|не на что (жить|купить|кормить)" +
        @"|без средств к существованию" +
        @"|нет денег на (еду|продукты|хлеб)", RegexOptions.IgnoreCase)]
    private static partial Regex Food();

    [GeneratedRegex(@"высел|выгоня\w* из (квартир|дом)|окажемся на улице" +
        @"|останемся без жиль|лиш\w* жиль", RegexOptions.IgnoreCase)]
    private static partial Regex Eviction();

    [GeneratedRegex(@"отключ\w* (отоплен|газ|свет|электр|вод)" +
        @"|без (отоплен|газа|света|воды)|замерза", RegexOptions.IgnoreCase)]
    private static partial Regex Utilities();

    [GeneratedRegex(@"лекарств|инсулин|операци|умира|при смерти" +
        @"|скор\w+ помощ|госпитализ|химиотерап" +
        @"|обезболива", RegexOptions.IgnoreCase)]
    private static partial Regex Health();

    [GeneratedRegex(@"(ребен|ребён|дет[иея]|сын|доч)\w*.{0,40}" +
        @"(опасност|один дома|без присмотра|болеет|инвалид)" +
        @"|инвалид\w* .{0,20}(ребен|ребён|колясочник|лежач)", RegexOptions.IgnoreCase)]
    private static partial Regex Child();

    [GeneratedRegex(@"срочно|до (завтра|конца (недели|месяца))" +
        @"|через (\d+|два|три|несколько) дн", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();
}
