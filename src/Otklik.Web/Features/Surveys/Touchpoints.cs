namespace Otklik.Web.Features.Surveys;

public sealed record Touchpoint(string Code, string Title, string Subject, bool AsksResolved);

// Every place where the ministry meets a client, and what its survey asks (RF1). The questions are few,
// so that a person answers them on a phone in a minute.
public static class Touchpoints
{
    public static readonly Touchpoint Answer = new("answer", "Письменный ответ", "ответ на ваше обращение", true);

    public static readonly Touchpoint Forwarding =
        new("forwarding", "Переадресация", "уведомление о переадресации обращения", false);

    public static readonly Touchpoint NotConsidered =
        new("not-considered", "Уведомление о злоупотреблении правом", "уведомление по вашему обращению", false);

    public static readonly Touchpoint Hotline =
        new("hotline", "Звонок на горячую линию", "разговор с оператором", true);

    public static readonly Touchpoint Reception = new("reception", "Личный приём", "личный приём", true);

    public static IReadOnlyList<Touchpoint> All { get; } = [Answer, Forwarding, NotConsidered, Hotline, Reception];

    public static Touchpoint? Find(string? code) => All.FirstOrDefault(t => t.Code == code);

    public static string ChoiceTitle(string? choice) => choice switch
    {
        "yes" => "да",
        "partly" => "отчасти",
        "no" => "нет",
        _ => "—",
    };
}
