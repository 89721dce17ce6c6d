namespace Otklik.Web.Features.Surveys;

// Subject names what is rated in an invitation ("оцените, пожалуйста, …"); Intro opens the survey page.
public sealed record Touchpoint(string Code, string Title, string Subject, bool AsksResolved, string Intro);

// Every place where the ministry meets a client, and what its survey asks (RF1). The questions are few,
// so that a person answers them on a phone in a minute.
public static class Touchpoints
{
    public static readonly Touchpoint Answer = new("answer", "Письменный ответ", "ответ на ваше обращение", true,
        "Вы получили ответ на ваше обращение.");

    public static readonly Touchpoint Forwarding = new("forwarding", "Переадресация",
        "уведомление о переадресации обращения", false, "Вы получили уведомление о переадресации обращения.");

    public static readonly Touchpoint NotConsidered = new("not-considered", "Уведомление о злоупотреблении правом",
        "уведомление по вашему обращению", false, "Вы получили уведомление по вашему обращению.");

    public static readonly Touchpoint Hotline = new("hotline", "Звонок на горячую линию", "разговор с оператором",
        true, "Вы звонили на горячую линию министерства.");

    public static readonly Touchpoint Reception = new("reception", "Личный приём", "личный приём", true,
        "Вы были на личном приёме в министерстве.");

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
