namespace Otklik.Calendar;

// The years decreed by the Government of the Russian Federation, transcribed from the decrees
// "О переносе выходных дней" and the shortened days published with them. Presidential orders that
// made some days of 2020 and 2021 non-working for the pandemic are not here: they did not apply to
// state bodies, whose deadlines Otklik counts. An administrator can add such days if needed.
public static class ShippedYears
{
    public static IReadOnlyList<CalendarYear> All { get; } =
    [
        LabourCode.Decreed(2020,
            "Постановление Правительства РФ от 10.07.2019 № 875 " +
            "«О переносе выходных дней в 2020 году»",
            [T(2020, 1, 4, 5, 4), T(2020, 1, 5, 5, 5)],
            D(2020, (4, 30), (5, 8), (6, 11), (11, 3), (12, 31))),
        LabourCode.Decreed(2021,
            "Постановление Правительства РФ от 10.10.2020 № 1648 " +
            "«О переносе выходных дней в 2021 году»",
            [T(2021, 1, 2, 11, 5), T(2021, 1, 3, 12, 31), T(2021, 2, 20, 2, 22)],
            D(2021, (2, 20), (4, 30), (6, 11), (11, 3))),
        LabourCode.Decreed(2022,
            "Постановление Правительства РФ от 16.09.2021 № 1564 " +
            "«О переносе выходных дней в 2022 году»",
            [T(2022, 1, 1, 5, 3), T(2022, 1, 2, 5, 10), T(2022, 3, 5, 3, 7)],
            D(2022, (2, 22), (3, 5), (11, 3))),
        LabourCode.Decreed(2023,
            "Постановление Правительства РФ от 29.08.2022 № 1505 " +
            "«О переносе выходных дней в 2023 году»",
            [T(2023, 1, 1, 2, 24), T(2023, 1, 8, 5, 8)],
            D(2023, (2, 22), (3, 7), (11, 3))),
        LabourCode.Decreed(2024,
            "Постановление Правительства РФ от 10.08.2023 № 1335 " +
            "«О переносе выходных дней в 2024 году»",
            [
                T(2024, 1, 6, 5, 10), T(2024, 1, 7, 12, 31), T(2024, 4, 27, 4, 29), T(2024, 11, 2, 4, 30),
                T(2024, 12, 28, 12, 30),
            ],
            D(2024, (2, 22), (3, 7), (5, 8), (6, 11), (11, 2))),
        LabourCode.Decreed(2025,
            "Постановление Правительства РФ от 04.10.2024 № 1335 " +
            "«О переносе выходных дней в 2025 году»",
            [
                T(2025, 1, 4, 5, 2), T(2025, 1, 5, 12, 31), T(2025, 2, 23, 5, 8), T(2025, 3, 8, 6, 13),
                T(2025, 11, 1, 11, 3),
            ],
            D(2025, (3, 7), (4, 30), (6, 11), (11, 1))),
        LabourCode.Decreed(2026,
            "Постановление Правительства РФ от 24.09.2025 № 1466 " +
            "«О переносе выходных дней в 2026 году»",
            [T(2026, 1, 3, 1, 9), T(2026, 1, 4, 12, 31)],
            D(2026, (4, 30), (5, 8), (6, 11), (11, 3))),
        LabourCode.Decreed(2027,
            "Постановление Правительства РФ " +
            "«О переносе выходных дней в 2027 году» (август 2026 г.)",
            [T(2027, 1, 2, 11, 5), T(2027, 1, 3, 12, 31), T(2027, 2, 20, 2, 22)],
            D(2027, (2, 20), (4, 30), (6, 11), (11, 3))),
    ];

    private static DayTransfer T(int year, int fromMonth, int fromDay, int toMonth, int toDay) =>
        new(new DateOnly(year, fromMonth, fromDay), new DateOnly(year, toMonth, toDay));

    private static DateOnly[] D(int year, params (int Month, int Day)[] days) =>
        [.. days.Select(d => new DateOnly(year, d.Month, d.Day))];
}
