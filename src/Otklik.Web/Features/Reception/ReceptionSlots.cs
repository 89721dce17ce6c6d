using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Reception;

public sealed record SlotSeries(
    int? HostId, DateOnly? From, DateOnly? To, IReadOnlyList<DayOfWeek> Days, TimeOnly? Start, TimeOnly? End,
    int Minutes, string? Room);

public sealed record SeriesResult(int Created, int SkippedDays, int Existing);

// Reception schedules (R30): slots are laid out only on working days of the production calendar and within
// the ministry's working hours of that day (a shortened pre-holiday day ends earlier, lunch is kept free).
public sealed class ReceptionSlots(
    OtklikDbContext db, AuditLog audit, CalendarCache calendar, AppealAccess people, TimeProvider time,
    IOptions<WorkingHoursOptions> hours, IOptions<AppealsOptions> appeals)
{
    public const int MaxSlots = 500;

    public async Task<Result<SeriesResult>> CreateAsync(SlotSeries series, ClaimsPrincipal user)
    {
        if (Invalid(series) is { } invalid)
        {
            return invalid;
        }

        var host = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == series.HostId && e.IsActive);
        if (host is null)
        {
            return Errors.Validation("reception.host", "Выберите сотрудника, который ведёт приём.");
        }

        if (!await MayScheduleAsync(user, host))
        {
            return Errors.Forbidden("reception.not_allowed",
                "Расписание ведёт сам сотрудник, начальник его отдела или отдел по работе с обращениями.");
        }

        return await LayOutAsync(host, series);
    }

    public async Task<Result<SeriesResult>> LayOutAsync(Employee host, SlotSeries series)
    {
        var production = await calendar.GetAsync();
        var (starts, skipped) = Starts(series, production);
        if (starts.Count > MaxSlots)
        {
            return Errors.Validation("reception.too_many", $"За один раз можно создать не больше {MaxSlots} окон.");
        }

        var leadership = await IsLeadershipAsync(host);
        var (taken, fresh) = await SplitAsync(host.Id, starts, series.Minutes);
        db.ReceptionSlots.AddRange(fresh.Select(at => new ReceptionSlot
        {
            HostId = host.Id,
            StartsAt = at,
            Minutes = series.Minutes,
            Room = series.Room!.Trim(),
            IsLeadership = leadership,
        }));
        audit.Record("reception.slots_created", nameof(ReceptionSlot), host.Id,
            new { count = fresh.Count, series.From, series.To, series.Minutes });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same schedule was laid out a moment ago on another page.
            db.ChangeTracker.Clear();
            return Errors.Conflict("reception.slots_exist", "Это время уже есть в расписании. Обновите страницу.");
        }

        return new SeriesResult(fresh.Count, skipped, taken);
    }

    // A new slot that overlaps one the host already has (another start or length) is left out, so that two
    // visitors are never asked in at once.
    private async Task<(int Taken, List<DateTimeOffset> Fresh)> SplitAsync(
        int hostId, List<DateTimeOffset> starts, int minutes)
    {
        if (starts.Count == 0)
        {
            return (0, []);
        }

        var (first, last) = (starts.Min().AddHours(-4), starts.Max().AddHours(4));
        var existing = await db.ReceptionSlots.AsNoTracking()
            .Where(s => s.HostId == hostId && s.StartsAt >= first && s.StartsAt <= last)
            .Select(s => new { s.StartsAt, s.Minutes, s.IsWithdrawn }).ToListAsync();

        // A withdrawn time stays in the table (its history), so its start cannot be laid out again.
        var fresh = starts.Where(at => !existing.Any(e => e.StartsAt == at || (!e.IsWithdrawn
            && at < e.StartsAt.AddMinutes(e.Minutes) && e.StartsAt < at.AddMinutes(minutes)))).ToList();
        return (starts.Count - fresh.Count, fresh);
    }

    public async Task<Result<ReceptionSlot>> WithdrawAsync(int id, ClaimsPrincipal user)
    {
        var slot = await db.ReceptionSlots.FirstOrDefaultAsync(s => s.Id == id);
        var host = slot is null ? null : await db.Employees.AsNoTracking().FirstAsync(e => e.Id == slot.HostId);
        if (slot is null || host is null || !await MayScheduleAsync(user, host))
        {
            return Errors.NotFound("reception.slot_not_found", "Время приёма не найдено.");
        }

        // Only a free slot goes; a booked one is cancelled first, so that the client is told.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var withdrawn = await db.ReceptionSlots.Where(s => s.Id == id && s.BookingId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsWithdrawn, true));
        if (withdrawn == 0)
        {
            return Errors.Conflict("reception.slot_booked",
                "На это время уже записан клиент: сначала отмените запись.");
        }

        audit.Record("reception.slot_withdrawn", nameof(ReceptionSlot), id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return slot;
    }

    public async Task<bool> MayScheduleAsync(ClaimsPrincipal user, Employee host) =>
        (await HostsForAsync(user)).Contains(host.Id);

    // Whose schedule the user keeps: his own, his department's as its head, the leadership's as the
    // reception office, everyone's as an administrator. Worked out in three queries for a whole page.
    public async Task<IReadOnlySet<int>> HostsForAsync(ClaimsPrincipal user)
    {
        var (me, department) = await people.EmployeeOfAsync(user);
        var admin = user.IsInRole(StaffRoles.Administrator);
        var head = user.IsInRole(StaffRoles.DepartmentHead) ? department : null;
        var office = await IsReceptionOfficeAsync(user);
        var leadership = office ? await LeadershipAsync() : [];
        var hosts = await db.Employees.AsNoTracking().Where(e => e.IsActive)
            .Select(e => new { e.Id, e.DepartmentId }).ToListAsync();
        return hosts.Where(e => admin || e.Id == me || (head is not null && e.DepartmentId == head)
                || leadership.Contains(e.Id))
            .Select(e => e.Id).ToHashSet();
    }

    private async Task<HashSet<int>> LeadershipAsync()
    {
        var role = await db.Roles.Where(r => r.Name == StaffRoles.Leadership).Select(r => r.Id).FirstOrDefaultAsync();
        return [.. await db.Employees.Where(e => db.UserRoles.Any(ur => ur.UserId == e.UserId && ur.RoleId == role))
            .Select(e => e.Id).ToListAsync()];
    }

    // The department that receives appeals also runs the reception's phone line and publishes the
    // leadership's schedule.
    public async Task<bool> IsReceptionOfficeAsync(ClaimsPrincipal user)
    {
        var (_, department) = await people.EmployeeOfAsync(user);
        return department is { } own
            && await db.Departments.AnyAsync(d => d.Id == own && d.Name == appeals.Value.IntakeDepartment);
    }

    // Who books and cancels for a client on his call: the hotline's operators and the reception office.
    public async Task<IReadOnlyList<string>> SourcesForAsync(ClaimsPrincipal user)
    {
        var sources = new List<string>();
        if (await IsReceptionOfficeAsync(user))
        {
            sources.Add(BookingSources.Phone);
        }

        if (user.IsInRole(StaffRoles.Operator))
        {
            sources.Add(BookingSources.Hotline);
        }

        return sources;
    }

    public Task<bool> IsLeadershipAsync(Employee host) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == host.UserId
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Leadership));

    private (List<DateTimeOffset> Starts, int Skipped) Starts(SlotSeries series, ProductionCalendar production)
    {
        var working = new WorkingHours(production, hours.Value);
        var zone = TimeZones.Find(hours.Value.TimeZone);
        var now = time.GetUtcNow();
        var starts = new List<DateTimeOffset>();
        var skipped = 0;
        for (var day = series.From!.Value; day <= series.To!.Value && starts.Count <= MaxSlots; day = day.AddDays(1))
        {
            if (series.Days.Count > 0 && !series.Days.Contains(day.DayOfWeek))
            {
                continue;
            }

            if (!production.IsWorkingDay(day))
            {
                skipped++;
                continue;
            }

            starts.AddRange(Day(day, series, working, zone).Where(at => at > now));
        }

        return (starts, skipped);
    }

    private static IEnumerable<DateTimeOffset> Day(
        DateOnly day, SlotSeries series, WorkingHours working, TimeZoneInfo zone)
    {
        var (open, close) = working.HoursOn(day);
        var from = series.Start!.Value < open ? open : series.Start.Value;
        var to = series.End!.Value > close ? close : series.End.Value;
        for (var at = from; at.AddMinutes(series.Minutes) <= to && at >= from; at = at.AddMinutes(series.Minutes))
        {
            var instant = TimeZones.Instant(day, at, zone);
            var end = instant.AddMinutes(series.Minutes - 1);
            if (working.IsWithinWorkingHours(instant) && working.IsWithinWorkingHours(end))
            {
                yield return instant;
            }
        }
    }

    private static Error? Invalid(SlotSeries series)
    {
        var fields = new Dictionary<string, string[]>();
        if (series.From is not { } from || series.To is not { } to || to < from || to.DayNumber - from.DayNumber > 366)
        {
            fields["From"] = ["Укажите период не длиннее года: дату начала и дату окончания."];
        }

        if (series.Start is not { } start || series.End is not { } end || end <= start)
        {
            fields["Start"] = ["Укажите время начала и окончания приёма."];
        }

        if (series.Minutes is < 10 or > 240)
        {
            fields["Minutes"] = ["Длительность приёма одного посетителя — от 10 до 240 минут."];
        }

        if (string.IsNullOrWhiteSpace(series.Room) || series.Room.Length > 100)
        {
            fields["Room"] = ["Укажите кабинет (до 100 знаков)."];
        }

        return fields.Count == 0 ? null : Errors.Validation("reception.series", "Проверьте расписание приёма.", fields);
    }
}
