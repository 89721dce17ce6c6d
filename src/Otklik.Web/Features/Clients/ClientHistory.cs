using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Clients;

public sealed record HistoryRow(
    int Id, string RegistrationNumber, DateOnly RegisteredOn, AppealKind Kind, IntakeChannel Channel,
    AppealStatus Status, int? DepartmentId, DateOnly DueOn);

// The client's appeals of the last five years (R3.4), newest first, read through the (client, date) index.
public sealed class ClientHistory(OtklikDbContext db)
{
    public const int Years = 5;

    public async Task<IReadOnlyList<HistoryRow>> ForAsync(int clientId, DateOnly today, int limit = 1000) =>
        await db.Appeals.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.RegisteredOn >= today.AddYears(-Years))
            .OrderByDescending(a => a.RegisteredOn).ThenByDescending(a => a.Id)
            .Take(limit)
            .Select(a => new HistoryRow(a.Id, a.RegistrationNumber, a.RegisteredOn, a.Kind, a.IntakeChannel,
                a.Status, a.DepartmentId, a.DueOn ?? a.AnswerDueOn))
            .ToListAsync();
}
