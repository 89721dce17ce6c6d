namespace Otklik.Calendar;

public enum NonWorkingEndRule
{
    NextWorkingDay,
    PreviousWorkingDay,
}

public sealed record CalendarDay(DateOnly Date, bool IsWorking, bool IsShortened, DayReason? Reason, string? Note,
    DateOnly? TransferredFrom);

// The production calendar over a fixed span of years, precomputed so that every query is a few
// array lookups: whether a day works, how many working days lie between two dates, and which date is
// the N-th working day after another.
public sealed class ProductionCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private readonly int _firstDayNumber;
    private readonly DayRule?[] _rules;
    private readonly bool[] _working;

    // _before[i]: working days strictly before day i; _workingDays[k]: index of the k-th working day.
    private readonly int[] _before;
    private readonly int[] _workingDays;
    private readonly Dictionary<int, CalendarYear> _years;

    public ProductionCalendar(IEnumerable<CalendarYear> decreed, IEnumerable<DayRule>? overrides = null)
    {
        _years = decreed.ToDictionary(y => y.Year);
        for (var year = FirstYear; year <= LastYear; year++)
        {
            _years.TryAdd(year, LabourCode.Provisional(year));
        }

        _firstDayNumber = new DateOnly(FirstYear, 1, 1).DayNumber;
        var length = new DateOnly(LastYear, 12, 31).DayNumber - _firstDayNumber + 1;
        _rules = new DayRule?[length];
        _working = new bool[length];
        _before = new int[length + 1];

        foreach (var rule in _years.Values.SelectMany(y => y.Days).Concat(overrides ?? []))
        {
            _rules[rule.Date.DayNumber - _firstDayNumber] = rule;
        }

        var working = new List<int>(length * 5 / 7);
        for (var i = 0; i < length; i++)
        {
            _working[i] = _rules[i] is { } r ? r.Type != DayType.NonWorking : !LabourCode.IsWeekend(DateAt(i));
            _before[i + 1] = _before[i] + (_working[i] ? 1 : 0);
            if (_working[i])
            {
                working.Add(i);
            }
        }

        _workingDays = [.. working];
    }

    public static ProductionCalendar Shipped { get; } = new(ShippedYears.All);

    public CalendarYear Year(int year) =>
        _years.TryGetValue(year, out var found)
            ? found
            : throw OutOfRange(new DateOnly(Math.Clamp(year, 1, 9999), 1, 1));

    public bool IsProvisional(int year) => Year(year).IsProvisional;

    public bool IsWorkingDay(DateOnly date) => _working[Index(date)];

    public bool IsShortened(DateOnly date) => _rules[Index(date)]?.Type == DayType.ShortenedWorking;

    public CalendarDay Day(DateOnly date)
    {
        var i = Index(date);
        var rule = _rules[i];
        var weekend = rule is null && !_working[i];
        return new CalendarDay(date, _working[i], rule?.Type == DayType.ShortenedWorking,
            weekend ? DayReason.Weekend : rule?.Reason,
            weekend ? "выходной день" : rule?.Note,
            rule?.TransferredFrom);
    }

    public IEnumerable<CalendarDay> DaysOf(int year)
    {
        Year(year);
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            yield return Day(d);
        }
    }

    // Working days after `from` up to and including `to`; negative when `to` is earlier.
    public int CountWorkingDays(DateOnly from, DateOnly to) => _before[Index(to) + 1] - _before[Index(from) + 1];

    // The N-th working day counted from the day after `from`; N may be negative, 0 returns `from`.
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var i = Index(from);
        if (days == 0)
        {
            return from;
        }

        var k = days > 0 ? _before[i + 1] + days - 1 : _before[i] + days;
        if ((uint)k >= (uint)_workingDays.Length)
        {
            throw OutOfRange(from);
        }

        return DateAt(_workingDays[k]);
    }

    public DateOnly NextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    public DateOnly PreviousWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : AddWorkingDays(date, -1);

    public DateOnly AddCalendarDays(DateOnly from, int days, NonWorkingEndRule rule)
    {
        var end = from.AddDays(days);
        return rule == NonWorkingEndRule.NextWorkingDay ? NextWorkingDay(end) : PreviousWorkingDay(end);
    }

    private int Index(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        if ((uint)i >= (uint)_working.Length)
        {
            throw OutOfRange(date);
        }

        return i;
    }

    private DateOnly DateAt(int index) => DateOnly.FromDayNumber(_firstDayNumber + index);

    private static ArgumentOutOfRangeException OutOfRange(DateOnly date) =>
        new(nameof(date), date, $"Календарь охватывает {FirstYear}–{LastYear} годы.");
}
