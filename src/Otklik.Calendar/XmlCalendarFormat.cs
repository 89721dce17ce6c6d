using System.Globalization;
using System.Xml.Linq;

namespace Otklik.Calendar;

// Reads a year in the xmlcalendar.ru XML format:
// <calendar year="2026"><holidays><holiday id="1" title="…"/></holidays>
//   <days><day d="MM.DD" t="1|2|3" h="holiday id" f="MM.DD"/></days></calendar>
// t=1 is a day off, t=2 a shortened working day, t=3 a working day; f names the day a day off was moved from.
public static class XmlCalendarFormat
{
    public static CalendarYear Parse(Stream xml, string source)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(xml);
        }
        catch (System.Xml.XmlException e)
        {
            throw new FormatException($"Файл не является XML: {e.Message}", e);
        }

        var root = document.Root ?? throw new FormatException("В файле нет элемента calendar.");
        if (!int.TryParse(
                (string?)root.Attribute("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < ProductionCalendar.FirstYear or > ProductionCalendar.LastYear)
        {
            throw new FormatException(
                $"Атрибут year должен быть годом от {ProductionCalendar.FirstYear} " +
                $"до {ProductionCalendar.LastYear}.");
        }

        var holidays = root.Element("holidays")?.Elements("holiday")
            .ToDictionary(h => (string?)h.Attribute("id") ?? "", h => (string?)h.Attribute("title") ?? "") ?? [];
        var days = root.Element("days")?.Elements("day").Select(d => ParseDay(year, d, holidays)).ToList()
            ?? throw new FormatException("В файле нет элемента days.");

        // Published files sometimes list a date twice; the later entry wins, as a reader would take it.
        var unique = days.GroupBy(d => d.Date).Select(g => g.Last()).OrderBy(d => d.Date);
        return new CalendarYear(year, source, IsProvisional: false, [.. unique]);
    }

    private static DayRule ParseDay(int year, XElement day, Dictionary<string, string> holidays)
    {
        var date = ParseDate(year, (string?)day.Attribute("d"));
        var from = (string?)day.Attribute("f") is { } f ? ParseDate(year, f) : (DateOnly?)null;
        var holiday = (string?)day.Attribute("h") is { } h && holidays.TryGetValue(h, out var title) ? title : null;

        return (string?)day.Attribute("t") switch
        {
            "1" when holiday is not null => new DayRule(date, DayType.NonWorking, DayReason.Holiday,
                $"нерабочий праздничный день ({holiday})"),
            "1" when from is not null => new DayRule(date, DayType.NonWorking, DayReason.TransferredDayOff,
                $"перенос выходного с {RussianDates.DayMonth(from.Value)}", from),
            "1" => new DayRule(date, DayType.NonWorking, DayReason.Decreed, "нерабочий день"),
            "2" => new DayRule(date, DayType.ShortenedWorking, DayReason.Shortened,
                "предпраздничный день, на час короче"),
            "3" => new DayRule(date, DayType.Working, DayReason.WorkingWeekend,
                "рабочий день (перенос выходного)"),
            var t => throw new FormatException(
                $"День {RussianDates.DayMonth(date)}: неизвестный тип t=\"{t}\"."),
        };
    }

    private static DateOnly ParseDate(int year, string? monthDay)
    {
        if (monthDay is null || !DateOnly.TryParseExact(
            $"{year}.{monthDay}", "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException(
                $"Дата «{monthDay}» должна иметь вид ММ.ДД, например 01.09.");
        }

        return date;
    }
}
