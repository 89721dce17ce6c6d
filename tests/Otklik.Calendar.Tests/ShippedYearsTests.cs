namespace Otklik.Calendar.Tests;

public sealed class ShippedYearsTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Shipped;

    [Theory]
    [InlineData(2020, 248)]
    [InlineData(2021, 247)]
    [InlineData(2022, 247)]
    [InlineData(2023, 247)]
    [InlineData(2024, 248)]
    [InlineData(2025, 247)]
    [InlineData(2026, 247)]
    [InlineData(2027, 247)]
    public void WorkingDays_DecreedYear_MatchesPublishedTotal(int year, int expected)
    {
        var count = Calendar.DaysOf(year).Count(d => d.IsWorking);

        Assert.Equal(expected, count);
        Assert.False(Calendar.IsProvisional(year));
        Assert.Contains("Постановление Правительства РФ", Calendar.Year(year).Source,
            StringComparison.Ordinal);
    }

    // Weekdays that are days off (holidays on weekdays, decreed and automatic transfers).
    [Theory]
    [InlineData(2020, "01-01 01-02 01-03 01-06 01-07 01-08 02-24 03-09 05-01 05-04 05-05 05-11 06-12 11-04")]
    [InlineData(2021, "01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31")]
    [InlineData(2022, "01-03 01-04 01-05 01-06 01-07 02-23 03-07 03-08 05-02 05-03 05-09 05-10 06-13 11-04")]
    [InlineData(2023, "01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06")]
    [InlineData(2024,
        "01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10 06-12 11-04 12-30 12-31")]
    [InlineData(2025, "01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13 11-03 11-04 12-31")]
    [InlineData(2026, "01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12 11-04 12-31")]
    [InlineData(2027, "01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31")]
    public void DaysOffOnWeekdays_DecreedYear_AreExactlyTheDecreedOnes(int year, string expected)
    {
        var actual = Calendar.DaysOf(year)
            .Where(d => !d.IsWorking && !LabourCode.IsWeekend(d.Date))
            .Select(d => d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), actual);
    }

    [Theory]
    [InlineData(2020, "")]
    [InlineData(2021, "02-20")]
    [InlineData(2022, "03-05")]
    [InlineData(2023, "")]
    [InlineData(2024, "04-27 11-02 12-28")]
    [InlineData(2025, "11-01")]
    [InlineData(2026, "")]
    [InlineData(2027, "02-20")]
    public void WorkingWeekends_DecreedYear_AreExactlyTheDecreedOnes(int year, string expected)
    {
        var actual = Calendar.DaysOf(year)
            .Where(d => d.IsWorking && LabourCode.IsWeekend(d.Date))
            .Select(d => d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), actual);
    }

    [Theory]
    [InlineData(2020, "04-30 05-08 06-11 11-03 12-31")]
    [InlineData(2021, "02-20 04-30 06-11 11-03")]
    [InlineData(2022, "02-22 03-05 11-03")]
    [InlineData(2023, "02-22 03-07 11-03")]
    [InlineData(2024, "02-22 03-07 05-08 06-11 11-02")]
    [InlineData(2025, "03-07 04-30 06-11 11-01")]
    [InlineData(2026, "04-30 05-08 06-11 11-03")]
    [InlineData(2027, "02-20 04-30 06-11 11-03")]
    public void ShortenedDays_DecreedYear_AreThePublishedOnes(int year, string expected)
    {
        var actual = Calendar.DaysOf(year).Where(d => d.IsShortened)
            .Select(d => d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(' '), actual);
    }

    // The published norm of working hours at a 40-hour week checks the days and the shortened days together.
    [Theory]
    [InlineData(2020, 1979)]
    [InlineData(2021, 1972)]
    [InlineData(2022, 1973)]
    [InlineData(2023, 1973)]
    [InlineData(2024, 1979)]
    [InlineData(2025, 1972)]
    [InlineData(2026, 1972)]
    public void HourNorm_FortyHourWeek_MatchesPublishedNorm(int year, int hours)
    {
        var days = Calendar.DaysOf(year).Where(d => d.IsWorking).ToList();

        Assert.Equal(hours, days.Count * 8 - days.Count(d => d.IsShortened));
    }

    [Fact]
    public void Day_TransferredDayOff_NamesWhereItCameFrom()
    {
        var day = Calendar.Day(new DateOnly(2026, 1, 9));

        Assert.False(day.IsWorking);
        Assert.Equal(DayReason.TransferredDayOff, day.Reason);
        Assert.Equal("перенос выходного с 3 января", day.Note);
        Assert.Equal(new DateOnly(2026, 1, 3), day.TransferredFrom);
    }

    [Fact]
    public void ProvisionalYear_WithoutDecree_FollowsLabourCodeAndIsFlagged()
    {
        var year = Calendar.Year(2030);

        Assert.True(year.IsProvisional);
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2030, 2, 25)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2030, 1, 9)));
        Assert.True(Calendar.IsShortened(new DateOnly(2030, 3, 7)));
        Assert.Equal("перенос выходного с 23 февраля",
            Calendar.Day(new DateOnly(2030, 2, 25)).Note);
    }
}
