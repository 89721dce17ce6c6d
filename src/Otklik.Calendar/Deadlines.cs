namespace Otklik.Calendar;

public enum DeadlineUnit
{
    CalendarDays,
    WorkingDays,
}

// A legal term as data: how long, in which days, what happens when it ends on a day off, and where
// it comes from. A cap is a maximum that a person may shorten but never exceed.
public sealed record DeadlinePolicy(
    string Code,
    string Title,
    string Event,
    string LegalSource,
    DeadlineUnit Unit,
    int Amount,
    NonWorkingEndRule EndRule = NonWorkingEndRule.NextWorkingDay,
    bool IsCap = false,
    int? MaxExtension = null);

public sealed record Deadline(
    DeadlinePolicy Policy,
    DateOnly Event,
    DateOnly Start,
    DateOnly Date,
    IReadOnlyList<string> Explanation)
{
    public string ExplanationText => string.Join(" ", Explanation);
}

public static class DeadlinePolicies
{
    public static readonly DeadlinePolicy Registration = new("registration",
        "Регистрация обращения",
        "поступления обращения",
        "Федеральный закон от 02.05.2006 № 59-ФЗ, статья 8, часть 2",
        DeadlineUnit.CalendarDays, 3);

    public static readonly DeadlinePolicy Forwarding = new("forwarding",
        "Переадресация по компетенции",
        "регистрации обращения",
        "Федеральный закон от 02.05.2006 № 59-ФЗ, статья 8, часть 3",
        DeadlineUnit.CalendarDays, 7);

    public static readonly DeadlinePolicy Answer = new("answer", "Ответ на обращение",
        "регистрации обращения",
        "Федеральный закон от 02.05.2006 № 59-ФЗ, статья 12, части 1 и 2",
        DeadlineUnit.CalendarDays, 30, MaxExtension: 30);

    public static readonly DeadlinePolicy UrgentAnswer = new("urgent-answer",
        "Ответ на срочное обращение",
        "регистрации обращения",
        "Правила взаимодействия с клиентом, пункт 6",
        DeadlineUnit.WorkingDays, 5, IsCap: true);

    public static readonly DeadlinePolicy AbusiveNotice = new("abusive-notice",
        "Уведомление о недопустимости злоупотребления правом",
        "регистрации обращения",
        "Правила взаимодействия с клиентом, пункт 7",
        DeadlineUnit.WorkingDays, 10);

    public static readonly DeadlinePolicy KnowledgeReview = new("knowledge-review",
        "Актуализация базы знаний после изменения",
        "изменения сведений",
        "Правила взаимодействия с клиентом, пункт 29",
        DeadlineUnit.WorkingDays, 10);

    // The regulation leaves the term to the operator; the ministry caps it (configurable in Otklik).
    public static readonly DeadlinePolicy Callback = new("callback",
        "Обратный звонок по вопросу горячей линии",
        "звонка на горячую линию",
        "Правила взаимодействия с клиентом, пункт 20",
        DeadlineUnit.WorkingDays, 2, IsCap: true);

    public static IReadOnlyList<DeadlinePolicy> All { get; } =
        [Registration, Forwarding, Answer, UrgentAnswer, AbusiveNotice, KnowledgeReview, Callback];

    public static DeadlinePolicy? Find(string code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}

public sealed class DeadlineEngine(ProductionCalendar calendar)
{
    // Counting starts on the day after the event, as the law on appeals and the Civil Code require.
    public Deadline Compute(DeadlinePolicy policy, DateOnly eventDate, int extensionDays = 0)
    {
        var start = eventDate.AddDays(1);
        var lines = new List<string>
        {
            $"{policy.Title}: {Term(policy)} со дня {policy.Event} ({policy.LegalSource}).",
            $"Событие — {RussianDates.Full(eventDate)}; " +
                $"срок исчисляется со следующего дня, {RussianDates.Full(start)}",
        };

        var date = policy.Unit == DeadlineUnit.WorkingDays
            ? WorkingDaysEnd(policy, eventDate, lines)
            : CalendarDaysEnd(policy, eventDate, lines);

        if (extensionDays > 0)
        {
            date = Extend(policy, date, extensionDays, lines);
        }

        lines.Add($"Срок истекает {RussianDates.Full(date)}");
        return new Deadline(policy, eventDate, start, date, lines);
    }

    // A cap refuses a later date: the head may set an earlier deadline, never a later one.
    public bool IsWithinCap(DeadlinePolicy policy, DateOnly eventDate, DateOnly proposed) =>
        !policy.IsCap || proposed <= Compute(policy, eventDate).Date;

    public string SkippedDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var parts = new List<string>();
        DateOnly? first = null;
        DateOnly last = default;
        string? group = null;

        for (var d = fromExclusive.AddDays(1); d <= toInclusive; d = d.AddDays(1))
        {
            var day = calendar.Day(d);
            var key = day.IsWorking ? null : GroupOf(day);
            if (key != group || (first is not null && d != last.AddDays(1)))
            {
                Flush(parts, first, last, group);
                first = key is null ? null : d;
                group = key;
            }

            last = d;
        }

        Flush(parts, first, last, group);
        return string.Join("; ", parts);
    }

    private DateOnly WorkingDaysEnd(DeadlinePolicy policy, DateOnly eventDate, List<string> lines)
    {
        var date = calendar.AddWorkingDays(eventDate, policy.Amount);
        AddSkipped(lines, eventDate, date);
        return date;
    }

    private DateOnly CalendarDaysEnd(DeadlinePolicy policy, DateOnly eventDate, List<string> lines)
    {
        var nominal = eventDate.AddDays(policy.Amount);
        var date = calendar.AddCalendarDays(eventDate, policy.Amount, policy.EndRule);
        if (date != nominal)
        {
            var next = policy.EndRule == NonWorkingEndRule.NextWorkingDay;
            var skipped = next ? SkippedDays(nominal.AddDays(-1), date.AddDays(-1)) : SkippedDays(date, nominal);
            lines.Add($"{RussianDates.Full(nominal)} — нерабочий день, " +
                "поэтому окончание срока переносится " +
                $"на {(next ? "следующий" : "предыдущий")} рабочий день. " +
                $"Пропущены: {skipped}.");
        }

        return date;
    }

    private DateOnly Extend(DeadlinePolicy policy, DateOnly date, int extensionDays, List<string> lines)
    {
        var allowed = policy.MaxExtension ?? 0;
        if (extensionDays > allowed)
        {
            throw new ArgumentOutOfRangeException(nameof(extensionDays), extensionDays,
                $"Срок «{policy.Title}» можно продлить не больше чем на {allowed} " +
                $"{RussianDates.Plural(allowed, "день", "дня", "дней")}.");
        }

        var extended = calendar.AddCalendarDays(date, extensionDays, policy.EndRule);
        lines.Add($"Срок продлён на {extensionDays} " +
            $"{RussianDates.Plural(extensionDays, "день", "дня", "дней")} " +
            "с уведомлением заявителя.");
        return extended;
    }

    private void AddSkipped(List<string> lines, DateOnly fromExclusive, DateOnly toInclusive)
    {
        var skipped = SkippedDays(fromExclusive, toInclusive);
        if (skipped.Length > 0)
        {
            lines.Add($"Не считаются рабочими: {skipped}.");
        }
    }

    private static string Term(DeadlinePolicy policy)
    {
        var working = policy.Unit == DeadlineUnit.WorkingDays;
        var words = RussianDates.Plural(policy.Amount,
            working ? "рабочий день" : "календарный день",
            working ? "рабочих дня" : "календарных дня",
            working ? "рабочих дней" : "календарных дней");
        return $"{(policy.IsCap ? "не более " : "")}{policy.Amount} {words}";
    }

    private static string GroupOf(CalendarDay day) => day.Reason switch
    {
        DayReason.Holiday => "holiday",
        DayReason.Weekend => "weekend",
        DayReason.TransferredDayOff => "transfer:" + day.Note,
        _ => "other:" + day.Note,
    };

    private void Flush(List<string> parts, DateOnly? first, DateOnly last, string? group)
    {
        if (first is not { } start || group is null)
        {
            return;
        }

        var plural = start != last;
        var text = group switch
        {
            "holiday" => plural
                ? "нерабочие праздничные дни"
                : "нерабочий праздничный день",
            "weekend" => plural ? "выходные дни" : "выходной день",
            _ => calendar.Day(start).Note ?? "нерабочий день",
        };
        parts.Add($"{RussianDates.Range(start, last)} — {text}");
    }
}
