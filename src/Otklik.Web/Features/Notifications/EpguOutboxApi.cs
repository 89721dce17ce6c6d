using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Notifications;

public sealed record EpguRecipient(string Name, string? Email, string? Phone);

public sealed record EpguNotice(
    long Id, string AppealNumber, string Kind, string Subject, string Text, EpguRecipient Recipient,
    string CreatedAt);

public sealed record EpguResult(bool Delivered, string? Error, bool Final = false);

// The Gosuslugi personal-account channel: the federal connector runs outside Otklik and pulls what to
// deliver (docs/channel-adapters.md). Taking notices claims them, so two connectors never deliver one
// twice; the connector reports each outcome, and a notice it never reports is marked uncertain.
public static class EpguOutboxApi
{
    public static RouteGroupBuilder MapEpguOutboxApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outbox/epgu").WithTags("Gosuslugi outbox").RequireScope(ApiScopes.OutboxEpgu);
        group.MapPost("/claim", ClaimAsync).WithSummary("Take up to `limit` notices to deliver (claimed for 10 min)");
        group.MapPost("/{id:long}/result", ResultAsync).WithSummary("Report the outcome of one claimed notice")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<List<EpguNotice>>, ProblemHttpResult>> ClaimAsync(
        OtklikDbContext db, NoticeLedger ledger, int? limit)
    {
        if (limit is < 1 or > 200)
        {
            return Errors.Validation("outbox.limit", "limit — от 1 до 200.").ToProblem();
        }

        await ledger.MarkStaleClaimsAsync();
        var due = await ledger.Due("epgu").Take(limit ?? 50)
            .Join(db.Appeals, n => n.AppealId, a => a.Id, (n, a) => new
            {
                Notice = n,
                a.RegistrationNumber,
                a.Client!.Name,
                a.Client.Email,
                a.Client.Phone,
            })
            .ToListAsync();
        var claimed = new List<EpguNotice>();
        foreach (var d in due)
        {
            if (await ledger.ClaimAsync(d.Notice.Id))
            {
                claimed.Add(new EpguNotice(d.Notice.Id, d.RegistrationNumber, d.Notice.Kind, d.Notice.Subject,
                    d.Notice.Body, new EpguRecipient(d.Name, d.Email, d.Phone),
                    d.Notice.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return TypedResults.Ok(claimed);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResultAsync(
        long id, EpguResult result, OtklikDbContext db, NoticeLedger ledger)
    {
        var notice = await db.AppealNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.Channel == "epgu");
        if (notice is null)
        {
            return Errors.NotFound("outbox.not_found", $"Уведомления {id} для Госуслуг нет.").ToProblem();
        }

        if (notice.State != NoticeState.Sending)
        {
            return Errors.Conflict("outbox.not_claimed",
                "Уведомление не взято на доставку или его результат уже сообщён.").ToProblem();
        }

        if (result.Delivered || !result.Final)
        {
            await ledger.RecordAsync(notice, result.Delivered ? null : result.Error ?? "Не доставлено");
        }
        else
        {
            await ledger.FinishAsync(notice.Id, NoticeState.Failed, result.Error ?? "Не доставлено",
                notice.Attempts + 1);
        }

        return TypedResults.NoContent();
    }
}
