namespace Otklik.Calendar;

public enum DayType
{
    NonWorking,
    Working,
    ShortenedWorking,
}

// Why a day is not an ordinary weekday or weekend; drives the Russian explanations.
public enum DayReason
{
    Weekend,
    Holiday,
    TransferredDayOff,
    WorkingWeekend,
    Shortened,
    Decreed,
}

// One day that differs from the plain Monday–Friday week, with the reason in Russian.
public sealed record DayRule(
    DateOnly Date,
    DayType Type,
    DayReason Reason,
    string Note,
    DateOnly? TransferredFrom = null);

// A year of the production calendar: the decree it comes from, or provisional when no decree exists yet.
public sealed record CalendarYear(int Year, string Source, bool IsProvisional, IReadOnlyList<DayRule> Days);

public sealed record DayTransfer(DateOnly From, DateOnly To);
