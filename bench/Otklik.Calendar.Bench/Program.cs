using System.Diagnostics;
using Otklik.Calendar;

// Single-threaded throughput of the calendar's hot operations over a spread of real dates and counts.
const int Calls = 20_000_000;
const int Rounds = 5;

var started = Stopwatch.GetTimestamp();
var calendar = new ProductionCalendar(ShippedYears.All);
var buildMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

var random = new Random(42);
var dates = Enumerable.Range(0, 4096).Select(_ => new DateOnly(2020, 1, 1).AddDays(random.Next(0, 365 * 8))).ToArray();
var counts = Enumerable.Range(0, 4096).Select(_ => random.Next(1, 61)).ToArray();

Console.WriteLine($"Calendar build (2000–2100): {buildMs:F1} ms, " +
    $"{GC.GetTotalMemory(true) / 1024.0 / 1024.0:F1} MiB heap");
Measure("AddWorkingDays", i => calendar.AddWorkingDays(dates[i & 4095], counts[i & 4095]).DayNumber);
Measure("CountWorkingDays", i => calendar.CountWorkingDays(dates[i & 4095], dates[(i + 7) & 4095]));
Measure("IsWorkingDay", i => calendar.IsWorkingDay(dates[i & 4095]) ? 1 : 0);

void Measure(string name, Func<int, int> call)
{
    long sink = 0;
    for (var i = 0; i < 1_000_000; i++)
    {
        sink += call(i);
    }

    var best = double.MaxValue;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    for (var round = 0; round < Rounds; round++)
    {
        var t = Stopwatch.GetTimestamp();
        for (var i = 0; i < Calls; i++)
        {
            sink += call(i);
        }

        best = Math.Min(best, Stopwatch.GetElapsedTime(t).TotalSeconds);
    }

    var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(Calls * (long)Rounds);
    Console.WriteLine($"{name,-18} {Calls / best / 1e6,8:F1} M calls/s  {best * 1e9 / Calls,6:F1} ns/call  " +
        $"{bytesPerCall:F2} B/call  (checksum {sink})");
}
