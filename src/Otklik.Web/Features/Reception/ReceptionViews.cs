using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Reception;

public sealed record FreeSlot(int Id, DateTimeOffset StartsAt, DateTime Local, int Minutes, string Room);

public sealed record HostSchedule(
    int HostId, string Name, string Position, string? Department, bool IsLeadership, IReadOnlyList<FreeSlot> Slots);

// The free slots of the coming weeks by the employee who receives, leadership first (R30, R32.1).
public static class ReceptionSchedule
{
    public const int Days = 31;

    public static async Task<IReadOnlyList<HostSchedule>> FreeAsync(
        OtklikDbContext db, DateTimeOffset now, TimeZoneInfo zone, int? hostId = null)
    {
        var until = now.AddDays(Days);
        var slots = await db.ReceptionSlots.AsNoTracking()
            .Where(s => s.BookingId == null && !s.IsWithdrawn && s.StartsAt > now && s.StartsAt < until
                && (hostId == null || s.HostId == hostId))
            .OrderBy(s => s.StartsAt).Take(2000).ToListAsync();
        var hosts = slots.Select(s => s.HostId).Distinct().ToList();
        var people = await db.Employees.AsNoTracking().Include(e => e.Department)
            .Where(e => hosts.Contains(e.Id) && e.IsActive).ToListAsync();

        return [.. people
            .Select(p => new HostSchedule(p.Id, p.FullName, p.Position, p.Department?.Name,
                slots.Any(s => s.HostId == p.Id && s.IsLeadership),
                [.. slots.Where(s => s.HostId == p.Id).Select(s => new FreeSlot(s.Id, s.StartsAt,
                    TimeZoneInfo.ConvertTime(s.StartsAt, zone).DateTime, s.Minutes, s.Room))]))
            .OrderByDescending(h => h.IsLeadership).ThenBy(h => h.Name, StringComparer.Ordinal)];
    }

    public static string Day(DateTime local) =>
        local.ToString("dddd, d MMMM", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
}
