namespace Otklik.Calendar;

public static class TimeZones
{
    // Moscow time has been UTC+3 all year since 2014; a machine without tz data still gets it right.
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == "Europe/Moscow")
        {
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(3), "Москва", "Москва");
        }
    }

    // The instant a wall-clock time of the zone stands for, in UTC, as databases keep instants.
    public static DateTimeOffset Instant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly Today(TimeProvider time, string id) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Find(id)).DateTime);
}
