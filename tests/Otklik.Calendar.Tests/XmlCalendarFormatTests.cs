using System.Text;

namespace Otklik.Calendar.Tests;

public sealed class XmlCalendarFormatTests
{
    [Fact]
    public void Parse_XmlCalendarYear_GivesTheSameDaysAsTheShippedDecree()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "2026.xml"));

        var year = XmlCalendarFormat.Parse(file, "Загружено из файла");
        var loaded = new ProductionCalendar([.. ShippedYears.All.Where(y => y.Year != 2026), year]);

        Assert.Equal(2026, year.Year);
        Assert.Equal(
            ProductionCalendar.Shipped.DaysOf(2026).Select(d => (d.Date, d.IsWorking, d.IsShortened)),
            loaded.DaysOf(2026).Select(d => (d.Date, d.IsWorking, d.IsShortened)));
        Assert.Equal("перенос выходного с 3 января", loaded.Day(new DateOnly(2026, 1, 9)).Note);
    }

    [Fact]
    public void Parse_DateListedTwice_LaterEntryWins()
    {
        const string xml = "<calendar year=\"2028\"><days>" +
            "<day d=\"12.29\" t=\"2\"/><day d=\"12.29\" t=\"1\"/></days></calendar>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var year = XmlCalendarFormat.Parse(stream, "test");

        var day = Assert.Single(year.Days);
        Assert.Equal(DayType.NonWorking, day.Type);
    }

    [Theory]
    [InlineData("not xml", "не является XML")]
    [InlineData("<calendar year=\"1850\"><days/></calendar>", "year")]
    [InlineData("<calendar year=\"2028\"><days><day d=\"13.40\" t=\"1\"/></days></calendar>", "ММ.ДД")]
    [InlineData("<calendar year=\"2028\"><days><day d=\"01.09\" t=\"7\"/></days></calendar>",
        "неизвестный тип")]
    [InlineData("<calendar year=\"2028\"></calendar>", "days")]
    public void Parse_BadFile_ThrowsRussianFormatError(string xml, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var error = Assert.Throws<FormatException>(() => XmlCalendarFormat.Parse(stream, "test"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
