using System.Globalization;
using System.Text.RegularExpressions;

namespace Otklik.Web.Features.Hotline;

public sealed record CallTopic(string Code, string Title, string Words);

// What callers ask about (R13), with words that point the transfer suggestion at the competent people.
public static class CallTopics
{
    public static readonly IReadOnlyList<CallTopic> All =
    [
        new("hours", "Режим работы и адрес министерства", "режим работы адрес министерства приём"),
        new("services", "Государственные услуги: порядок, сроки, документы", "государственные услуги документы"),
        new("support", "Меры социальной поддержки: порядок, отбор, сроки, документы",
            "меры поддержки пособия выплаты компенсация льготы"),
        new("status", "Порядок и статус рассмотрения обращений", "статус обращения порядок подачи обращения"),
        new("control", "Контроль (надзор): проверки, обжалование решений", "контроль надзор проверки обжалование"),
        new("other", "Другое", ""),
    ];

    public static CallTopic? Find(string? code) => All.FirstOrDefault(t => t.Code == code);

    public static string Title(string? code) => Find(code)?.Title ?? "—";
}

public static class CallTexts
{
    public static string Outcome(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Answered => "Ответ дан",
        CallOutcome.Callback => "Обещан обратный звонок",
        CallOutcome.OutOfCompetence => "Не в компетенции министерства",
        CallOutcome.Interrupted => "Разговор прервался",
        _ => "Идёт разговор",
    };

    public static string Callback(CallbackState state) => state switch
    {
        CallbackState.Waiting => "Ждёт ответа отдела",
        CallbackState.AnswerReady => "Ответ готов, нужно позвонить",
        CallbackState.Done => "Клиенту перезвонили",
        _ => "Не дозвонились",
    };

    public static string Resolved(string? value) => value switch
    {
        "yes" => "да",
        "no" => "нет",
        _ => "не спросили",
    };

    public static string Rating(string? value) => value switch
    {
        "satisfied" => "удовлетворён",
        "partly" => "частично удовлетворён",
        "not" => "не удовлетворён",
        _ => "не спросили",
    };

    // The rating in the survey engine's scale, so that hotline calls sit beside the other touchpoints.
    public static int Satisfaction(string rating) => rating switch
    {
        "satisfied" => 5,
        "partly" => 3,
        _ => 1,
    };
}

public sealed record TimeWindow(TimeOnly From, TimeOnly To)
{
    public override string ToString() =>
        $"{From.ToString("HH:mm", CultureInfo.InvariantCulture)}–{To.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}

// The client's convenient times to be called, as the operator types them: «10:00-12:00, 15:30–17:00».
public static partial class TimeWindows
{
    public static IReadOnlyList<TimeWindow>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var windows = new List<TimeWindow>();
        foreach (var part in text.Split([',', ';'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = WindowPattern().Match(part);
            if (!match.Success || !TryTime(match.Groups[1].Value, out var from)
                || !TryTime(match.Groups[2].Value, out var to) || to <= from)
            {
                return null;
            }

            windows.Add(new TimeWindow(from, to));
        }

        return windows.Count == 0 ? null : windows;
    }

    public static string Format(IEnumerable<TimeWindow> windows) => string.Join(", ", windows);

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm", "%H", "HH"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out time);

    [GeneratedRegex(@"^(?:с\s*)?(\d{1,2}(?:[:.]\d{2})?)\s*(?:-|–|—|до)\s*(\d{1,2}(?:[:.]\d{2})?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowPattern();
}
