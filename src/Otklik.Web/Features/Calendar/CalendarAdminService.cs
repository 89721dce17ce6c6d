using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Calendar;

public sealed class CalendarAdminService(OtklikDbContext db, AuditLog audit, CalendarCache cache, TimeProvider time)
{
    public async Task<Result<StoredCalendarYear>> ImportYearAsync(Stream file, string source, string? reason)
    {
        CalendarYear parsed;
        try
        {
            parsed = XmlCalendarFormat.Parse(file, string.IsNullOrWhiteSpace(source)
                ? "Загружено администратором"
                : source.Trim());
        }
        catch (FormatException e)
        {
            return Errors.Validation("calendar.file_invalid",
                $"Файл календаря не прочитан: {e.Message}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var existing = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == parsed.Year);
        if (existing is not null)
        {
            db.CalendarYears.Remove(existing);
            await db.SaveChangesAsync();
        }

        var year = new StoredCalendarYear
        {
            Year = parsed.Year,
            Source = parsed.Source,
            LoadedAt = time.GetUtcNow(),
            Days = [.. parsed.Days.Select(ToStored)],
        };
        db.CalendarYears.Add(year);
        audit.Record("calendar.year_loaded", "CalendarYear", parsed.Year,
            new { parsed.Source, Days = parsed.Days.Count }, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        cache.Invalidate();
        return year;
    }

    public async Task<Result<StoredDayRule>> SetDayAsync(DateOnly date, bool working, string? note, string? reason)
    {
        if (date.Year is < ProductionCalendar.FirstYear or > ProductionCalendar.LastYear)
        {
            return Errors.Validation("calendar.date_out_of_range",
                $"Дата должна быть в {ProductionCalendar.FirstYear}–" +
                $"{ProductionCalendar.LastYear} годах.");
        }

        var text = string.IsNullOrWhiteSpace(note)
            ? (working
                ? "рабочий день по решению"
                : "нерабочий день по решению")
            : note.Trim();
        var existing = await db.CalendarDays.Where(d => d.StoredYear == null && d.Date == date).ToListAsync();
        db.CalendarDays.RemoveRange(existing);

        var day = new StoredDayRule
        {
            Date = date,
            Type = working ? DayType.Working : DayType.NonWorking,
            Reason = working ? DayReason.WorkingWeekend : DayReason.Decreed,
            Note = text.Length > 300 ? text[..300] : text,
        };
        db.CalendarDays.Add(day);
        audit.Record("calendar.day_set", "CalendarDay",
            date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new { Working = working, Note = day.Note }, reason);
        await db.SaveChangesAsync();

        cache.Invalidate();
        return day;
    }

    public async Task<Result<bool>> RemoveDayAsync(int id, string? reason)
    {
        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id && d.StoredYear == null);
        if (day is null)
        {
            return Errors.NotFound("calendar.day_not_found",
                "Такого изменения календаря нет.");
        }

        db.CalendarDays.Remove(day);
        audit.Record("calendar.day_removed", "CalendarDay",
            day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new { day.Type, day.Note }, reason);
        await db.SaveChangesAsync();

        cache.Invalidate();
        return true;
    }

    public async Task<Result<bool>> RemoveYearAsync(int year, string? reason)
    {
        var stored = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year);
        if (stored is null)
        {
            return Errors.NotFound("calendar.year_not_found", "Этот год не загружался.");
        }

        db.CalendarYears.Remove(stored);
        audit.Record("calendar.year_removed", "CalendarYear", year, new { stored.Source }, reason);
        await db.SaveChangesAsync();

        cache.Invalidate();
        return true;
    }

    private static StoredDayRule ToStored(DayRule rule) => new()
    {
        Date = rule.Date,
        Type = rule.Type,
        Reason = rule.Reason,
        Note = rule.Note,
        TransferredFrom = rule.TransferredFrom,
    };
}
