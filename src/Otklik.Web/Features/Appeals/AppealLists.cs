using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Calendar;
using Otklik.Web.Features.Organisation;

namespace Otklik.Web.Features.Appeals;

// The department head's board (R6.2): what is overdue, what is due today, what is due within two
// working days, and everything else still open.
public sealed record Board(
    IReadOnlyList<Appeal> Overdue, IReadOnlyList<Appeal> Today, IReadOnlyList<Appeal> Soon,
    IReadOnlyList<Appeal> Later);

// The working lists: the triage queue, an executor's assignments, a head's board.
public sealed class AppealLists(
    AppealAccess access, CalendarCache calendar, TimeProvider time, IOptions<WorkingHoursOptions> hours)
{
    private const int Limit = 500;

    public async Task<Countdown> CountdownAsync() =>
        new(await calendar.GetAsync(), TimeZones.Today(time, hours.Value.TimeZone));

    public async Task<IReadOnlyList<Appeal>?> TriageQueueAsync(ClaimsPrincipal user)
    {
        if (await HeadScopeAsync(user) is not { } appeals)
        {
            return null;
        }

        // Suggested urgent ones first, then the oldest.
        return await appeals.AsNoTracking().Where(a => a.Status == AppealStatus.Registered)
            .OrderBy(a => a.RegisteredAt).Take(Limit).ToListAsync() is var rows
            ? [.. rows.OrderByDescending(a => a.UrgencyReasons.Count > 0).ThenBy(a => a.RegisteredAt)]
            : [];
    }

    public async Task<IReadOnlyList<Appeal>> MineAsync(ClaimsPrincipal user)
    {
        var (employeeId, _) = await access.EmployeeOfAsync(user);
        if (employeeId is null)
        {
            return [];
        }

        var (appeals, _) = await access.VisibleAsync(user);
        var rows = await appeals.AsNoTracking()
            .Where(a => a.ExecutorId == employeeId || a.CoExecutors.Any(c => c.EmployeeId == employeeId))
            .Where(a => a.Status == AppealStatus.Triaged || a.Status == AppealStatus.InProgress)
            .Take(Limit).ToListAsync();
        return [.. rows.OrderBy(a => a.EffectiveDueOn)];
    }

    public async Task<Board?> BoardAsync(ClaimsPrincipal user)
    {
        if (await HeadScopeAsync(user) is not { } appeals)
        {
            return null;
        }

        var countdown = await CountdownAsync();
        var open = await appeals.AsNoTracking()
            .Where(a => a.Status == AppealStatus.Registered || a.Status == AppealStatus.Triaged
                || a.Status == AppealStatus.InProgress)
            .Take(Limit * 4).ToListAsync();
        var ordered = open.OrderBy(a => a.EffectiveDueOn).ToList();
        return new Board(
            [.. ordered.Where(a => countdown.Left(a) < 0)],
            [.. ordered.Where(a => countdown.Left(a) == 0)],
            [.. ordered.Where(a => countdown.Left(a) is 1 or 2)],
            [.. ordered.Where(a => countdown.Left(a) > 2)]);
    }

    private async Task<IQueryable<Appeal>?> HeadScopeAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Leadership))
        {
            return (await access.VisibleAsync(user)).Appeals;
        }

        var (_, department) = await access.EmployeeOfAsync(user);
        if (!user.IsInRole(StaffRoles.DepartmentHead) || department is null)
        {
            return null;
        }

        return (await access.VisibleAsync(user)).Appeals.Where(a => a.DepartmentId == department);
    }
}
