namespace Otklik.Calendar;

// Article 112 of the Labour Code: the fixed non-working holidays and the rule that moves a holiday
// falling on a weekend to the next working day (except the New Year holidays, which the Government
// moves by decree).
public static class LabourCode
{
    private static readonly (int Month, int Day, string Name)[] Holidays =
    [
        (1, 1, "Новогодние каникулы"), (1, 2, "Новогодние каникулы"),
        (1, 3, "Новогодние каникулы"), (1, 4, "Новогодние каникулы"),
        (1, 5, "Новогодние каникулы"), (1, 6, "Новогодние каникулы"),
        (1, 7, "Рождество Христово"), (1, 8, "Новогодние каникулы"),
        (2, 23, "День защитника Отечества"),
        (3, 8, "Международный женский день"),
        (5, 1, "Праздник Весны и Труда"), (5, 9, "День Победы"),
        (6, 12, "День России"),
        (11, 4, "День народного единства"),
    ];

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string? HolidayName(DateOnly date) =>
        Holidays.FirstOrDefault(h => h.Month == date.Month && h.Day == date.Day).Name;

    // A year the Government has not decreed yet: holidays and the weekend rule only.
    public static CalendarYear Provisional(int year) =>
        Build(year,
            "Трудовой кодекс РФ, статья 112 " +
            "(постановления о переносе выходных на этот год ещё нет)",
            provisional: true, transfers: [], shortened: null);

    // A decreed year: the decree's transfers replace the automatic moves they cover; its list of
    // shortened days is taken as published.
    public static CalendarYear Decreed(int year, string source, DayTransfer[] transfers, DateOnly[] shortened) =>
        Build(year, source, provisional: false, transfers, shortened);

    private static CalendarYear Build(
        int year, string source, bool provisional, DayTransfer[] transfers, DateOnly[]? shortened)
    {
        var rules = new Dictionary<DateOnly, DayRule>();
        foreach (var (month, day, name) in Holidays)
        {
            var date = new DateOnly(year, month, day);
            rules[date] = new DayRule(date, DayType.NonWorking, DayReason.Holiday,
                $"нерабочий праздничный день ({name})");
        }

        foreach (var t in transfers)
        {
            if (!rules.ContainsKey(t.From))
            {
                rules[t.From] = new DayRule(t.From, DayType.Working, DayReason.WorkingWeekend,
                    $"рабочий день: выходной перенесён на {RussianDates.DayMonth(t.To)}");
            }

            rules[t.To] = new DayRule(t.To, DayType.NonWorking, DayReason.TransferredDayOff,
                $"перенос выходного с {RussianDates.DayMonth(t.From)}", t.From);
        }

        MoveWeekendHolidays(year, rules, transfers);
        MarkShortened(year, rules, shortened);
        return new CalendarYear(year, source, provisional, [.. rules.Values.OrderBy(r => r.Date)]);
    }

    private static void MoveWeekendHolidays(int year, Dictionary<DateOnly, DayRule> rules, DayTransfer[] transfers)
    {
        var covered = transfers.Select(t => t.From).ToHashSet();
        foreach (var (month, day, _) in Holidays.Where(h => h.Month > 1))
        {
            var holiday = new DateOnly(year, month, day);
            if (!IsWeekend(holiday) || covered.Contains(holiday))
            {
                continue;
            }

            var target = holiday.AddDays(1);
            while (target.Year == year && (IsWeekend(target) || rules.ContainsKey(target)))
            {
                target = target.AddDays(1);
            }

            rules[target] = new DayRule(target, DayType.NonWorking, DayReason.TransferredDayOff,
                $"перенос выходного с {RussianDates.DayMonth(holiday)}", holiday);
        }
    }

    private static void MarkShortened(int year, Dictionary<DateOnly, DayRule> rules, DateOnly[]? shortened)
    {
        // Article 95: the working day right before a non-working holiday is one hour shorter.
        var days = shortened ?? Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(i => new DateOnly(year, 1, 1).AddDays(i))
            .Where(d => IsWorking(d, rules) && (d.Month == 12 && d.Day == 31
                || rules.TryGetValue(d.AddDays(1), out var next) && next.Reason == DayReason.Holiday))
            .ToArray();

        foreach (var date in days)
        {
            var note = rules.TryGetValue(date, out var existing) && existing.Reason == DayReason.WorkingWeekend
                ? existing.Note + "; предпраздничный, на час короче"
                : "предпраздничный день, на час короче";
            rules[date] = new DayRule(date, DayType.ShortenedWorking, DayReason.Shortened, note);
        }
    }

    private static bool IsWorking(DateOnly date, Dictionary<DateOnly, DayRule> rules) =>
        rules.TryGetValue(date, out var rule) ? rule.Type != DayType.NonWorking : !IsWeekend(date);
}
