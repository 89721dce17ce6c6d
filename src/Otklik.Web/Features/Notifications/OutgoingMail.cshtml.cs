using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Notifications;

public sealed record PickedUpMessage(DateTime WrittenAt, string To, string Subject, string Body);

// The outbox by state, and in pickup mode the messages written instead of being sent.
[Authorize(Policy = Policies.Administrator)]
public sealed class OutgoingMailModel(OtklikDbContext db, PickupMailTransport pickup, IMailTransport transport)
    : PageModel
{
    public IReadOnlyDictionary<NoticeState, int> Counts { get; private set; } = new Dictionary<NoticeState, int>();

    public bool IsPickup => transport is PickupMailTransport;

    public IReadOnlyList<PickedUpMessage> Messages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Counts = await db.AppealNotices.Where(n => n.Channel == "email").GroupBy(n => n.State)
            .ToDictionaryAsync(g => g.Key, g => g.Count());
        if (IsPickup && Directory.Exists(pickup.Folder))
        {
            Messages = [.. Directory.GetFiles(pickup.Folder, "*.eml").OrderDescending().Take(100).Select(Read)];
        }
    }

    private static PickedUpMessage Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new PickedUpMessage(System.IO.File.GetLastWriteTimeUtc(path), message.To.ToString(),
            message.Subject ?? "", message.TextBody ?? "");
    }
}
