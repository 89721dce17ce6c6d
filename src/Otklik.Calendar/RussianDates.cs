using System.Globalization;

namespace Otklik.Calendar;

public static class RussianDates
{
    private static readonly string[] Genitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    public static string DayMonth(DateOnly date) => $"{date.Day} {Genitive[date.Month - 1]}";

    public static string Full(DateOnly date) =>
        $"{date.Day} {Genitive[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)} г.";

    public static string Range(DateOnly first, DateOnly last)
    {
        if (first == last)
        {
            return DayMonth(first);
        }

        return first.Month == last.Month && first.Year == last.Year
            ? $"{first.Day}–{last.Day} {Genitive[last.Month - 1]}"
            : $"{DayMonth(first)} – {DayMonth(last)}";
    }

    public static string Plural(int count, string one, string few, string many) =>
        (Math.Abs(count) % 100) switch
        {
            >= 11 and <= 14 => many,
            _ => (Math.Abs(count) % 10) switch
            {
                1 => one,
                >= 2 and <= 4 => few,
                _ => many,
            },
        };
}
