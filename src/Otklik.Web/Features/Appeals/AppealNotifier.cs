namespace Otklik.Web.Features.Appeals;

// Puts a notice for each of the client's channels into the outbox of the caller's unit of work. Where the
// client chose the Gosuslugi account, which the law makes mandatory for some notices, and gave an e-mail,
// the notice also goes by e-mail (R3.2).
public sealed class AppealNotifier(Infrastructure.Data.OtklikDbContext db, TimeProvider time)
{
    public void Queue(Appeal appeal, string kind, string subject, string body)
    {
        foreach (var channel in ChannelsOf(appeal))
        {
            QueueTo(appeal, channel, kind, subject, body);
        }
    }

    // A notice for one channel only, such as a verification code that must reach a contact the client owns.
    public void QueueTo(Appeal appeal, string channel, string kind, string subject, string body) =>
        db.AppealNotices.Add(new AppealNotice
        {
            AppealId = appeal.Id,
            Kind = kind,
            Channel = channel,
            Subject = subject,
            Body = body,
            CreatedAt = time.GetUtcNow(),
            State = NoticeState.Pending,
        });

    public void QueueStatus(Appeal appeal, string detail)
    {
        var status = AppealTexts.Status(appeal.Status);
        var subject = $"Обращение № {appeal.RegistrationNumber}: {status.ToLowerInvariant()}";
        var body = $"Здравствуйте! Статус вашего обращения № {appeal.RegistrationNumber} " +
            $"изменился: «{AppealTexts.Status(appeal.Status)}». {detail} " +
            $"Проверить статус можно на портале по коду {appeal.TrackingCode}.";
        Queue(appeal, "status", subject, body);
    }

    public static IReadOnlyList<string> ChannelsOf(Appeal appeal)
    {
        var channels = appeal.NotifyBy.ToList();
        if (channels.Contains("epgu") && !channels.Contains("email") && appeal.Client?.Email is not null)
        {
            channels.Add("email");
        }

        return channels;
    }
}
