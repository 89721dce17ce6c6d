namespace Otklik.Calendar.Tests;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Hours = new(ProductionCalendar.Shipped, new WorkingHoursOptions());

    [Theory]
    [InlineData("2026-04-29T09:00:00+03:00", true)]
    [InlineData("2026-04-29T08:59:59+03:00", false)]
    [InlineData("2026-04-29T13:30:00+03:00", false)]
    [InlineData("2026-04-29T14:00:00+03:00", true)]
    [InlineData("2026-04-29T17:59:00+03:00", true)]
    [InlineData("2026-04-30T17:30:00+03:00", false)]
    [InlineData("2026-04-30T16:59:00+03:00", true)]
    [InlineData("2026-05-01T10:00:00+03:00", false)]
    [InlineData("2026-04-29T06:30:00+00:00", true)]
    public void IsWithinWorkingHours_AroundLunchShortenedDaysAndHolidays(string instant, bool expected)
    {
        Assert.Equal(expected, Hours.IsWithinWorkingHours(
            DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-04-30T17:10:00+03:00", "2026-05-04T09:00:00+03:00")]
    [InlineData("2026-04-29T13:10:00+03:00", "2026-04-29T14:00:00+03:00")]
    [InlineData("2026-04-29T07:00:00+03:00", "2026-04-29T09:00:00+03:00")]
    [InlineData("2026-04-29T10:00:00+03:00", "2026-04-29T10:00:00+03:00")]
    [InlineData("2025-12-30T18:30:00+03:00", "2026-01-12T09:00:00+03:00")]
    public void NextWorkingMoment_OutsideHours_IsNextOpening(string instant, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        var next = Hours.NextWorkingMoment(DateTimeOffset.Parse(instant, culture));

        Assert.Equal(DateTimeOffset.Parse(expected, culture), next);
    }

    [Fact]
    public void HoursOn_ShorterFriday_Configured_IsRespected()
    {
        var options = new WorkingHoursOptions { EndByWeekday = { [DayOfWeek.Friday] = new TimeOnly(16, 45) } };
        var hours = new WorkingHours(ProductionCalendar.Shipped, options);

        Assert.Equal(new TimeOnly(16, 45), hours.HoursOn(new DateOnly(2026, 4, 24)).End);
        Assert.Equal(new TimeOnly(15, 45), hours.HoursOn(new DateOnly(2026, 5, 8)).End);
    }

    [Fact]
    public void TimeZones_Moscow_IsUtcPlusThreeInWinterAndSummer()
    {
        var zone = TimeZones.Find("Europe/Moscow");

        Assert.Equal(TimeSpan.FromHours(3), zone.GetUtcOffset(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(3), zone.GetUtcOffset(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc)));
    }
}
