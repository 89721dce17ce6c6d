namespace Otklik.Calendar;

// The ministry's office hours: per weekday, a lunch break, and one hour less on a shortened day.
public sealed class WorkingHoursOptions
{
    public string TimeZone { get; set; } = "Europe/Moscow";

    public TimeOnly Start { get; set; } = new(9, 0);

    public TimeOnly End { get; set; } = new(18, 0);

    // Ends per weekday where they differ from End, e.g. a shorter Friday.
    public Dictionary<DayOfWeek, TimeOnly> EndByWeekday { get; set; } = [];

    public TimeOnly? LunchStart { get; set; } = new(13, 0);

    public TimeOnly? LunchEnd { get; set; } = new(14, 0);

    public int ShortenedDayMinutes { get; set; } = 60;
}

public sealed class WorkingHours
{
    private readonly ProductionCalendar _calendar;
    private readonly WorkingHoursOptions _options;
    private readonly TimeZoneInfo _zone;

    public WorkingHours(ProductionCalendar calendar, WorkingHoursOptions options)
    {
        _calendar = calendar;
        _options = options;
        _zone = TimeZones.Find(options.TimeZone);
    }

    public TimeZoneInfo Zone => _zone;

    public (TimeOnly Start, TimeOnly End) HoursOn(DateOnly date)
    {
        var end = _options.EndByWeekday.TryGetValue(date.DayOfWeek, out var e) ? e : _options.End;
        if (_calendar.IsShortened(date))
        {
            end = end.AddMinutes(-_options.ShortenedDayMinutes);
        }

        return (_options.Start, end);
    }

    public bool IsWithinWorkingHours(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!_calendar.IsWorkingDay(date))
        {
            return false;
        }

        var (start, end) = HoursOn(date);
        return time >= start && time < end && !AtLunch(time);
    }

    // The instant itself when the office is open, otherwise the next opening (after lunch, or the
    // next working morning).
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, _zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);

        if (_calendar.IsWorkingDay(date))
        {
            var (start, end) = HoursOn(date);
            if (time < start)
            {
                return At(date, start);
            }

            if (AtLunch(time) && _options.LunchEnd is { } lunchEnd && lunchEnd < end)
            {
                return At(date, lunchEnd);
            }

            if (time < end && !AtLunch(time))
            {
                return instant;
            }
        }

        var next = _calendar.AddWorkingDays(date, 1);
        return At(next, HoursOn(next).Start);
    }

    private bool AtLunch(TimeOnly time) =>
        _options.LunchStart is { } s && _options.LunchEnd is { } e && time >= s && time < e;

    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
