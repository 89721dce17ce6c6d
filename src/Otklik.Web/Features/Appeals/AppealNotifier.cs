namespace Otklik.Web.Features.Appeals;

// Puts a notice for each of the client's channels into the outbox of the caller's unit of work. Where the
// client chose the Gosuslugi account, which the law makes mandatory for some notices, and gave an e-mail,
// the notice also goes by e-mail (R3.2).
public sealed class AppealNotifier(
    Infrastructure.Data.OtklikDbContext db, TimeProvider time, Surveys.SurveyService surveys,
    Notifications.NoticeTemplateStore templates)
{
    // The notices that end an interaction; each goes only with its survey link (RF1).
    public static readonly IReadOnlySet<string> FinalKinds = new HashSet<string>(
        Surveys.Touchpoints.All.Select(t => t.Code));

    public void Queue(Appeal appeal, string kind, string subject, string body)
    {
        foreach (var channel in ChannelsOf(appeal))
        {
            QueueTo(appeal, channel, kind, subject, body);
        }
    }

    // A final notice: on every channel, each copy with its own single-use survey link, so the response
    // tells which channel reached the client. An SMS carries a short text instead of the whole letter.
    public void QueueFinal(
        Appeal appeal, Surveys.Touchpoint touchpoint, Notifications.NoticeKind kind,
        IReadOnlyDictionary<string, string>? values = null)
    {
        var (subject, body) = templates.Render(kind, ValuesOf(appeal, values));
        foreach (var channel in ChannelsOf(appeal))
        {
            var link = surveys.Create(touchpoint, appeal.Id, appeal.DepartmentId, channel);
            var text = channel == "sms"
                ? $"{subject}: направлен выбранными вами способами. Статус — на портале по коду {appeal.TrackingCode}."
                : body;
            var (_, invitation) = templates.Render(Notifications.NoticeKinds.Survey,
                new Dictionary<string, string> { ["что оценить"] = touchpoint.Subject, ["ссылка"] = link.Url });
            Add(appeal, channel, touchpoint.Code, subject, $"{text}\n\n{invitation}");
        }
    }

    // A notice from its template, filled with the appeal's facts and the given values.
    public void Queue(Appeal appeal, Notifications.NoticeKind kind, IReadOnlyDictionary<string, string>? values = null)
    {
        var (subject, body) = templates.Render(kind, ValuesOf(appeal, values));
        Queue(appeal, kind.Code, subject, body);
    }

    // A notice for one channel only, such as a verification code that must reach a contact the client owns.
    public void QueueTo(Appeal appeal, string channel, string kind, string subject, string body)
    {
        if (FinalKinds.Contains(kind))
        {
            throw new InvalidOperationException($"A final notice ({kind}) is sent only with its survey link");
        }

        Add(appeal, channel, kind, subject, body);
    }

    private void Add(Appeal appeal, string channel, string kind, string subject, string body) =>
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

    public void QueueStatus(Appeal appeal, string detail) =>
        Queue(appeal, Notifications.NoticeKinds.Status, new Dictionary<string, string> { ["подробности"] = detail });

    private static Dictionary<string, string> ValuesOf(Appeal appeal, IReadOnlyDictionary<string, string>? extra)
    {
        var values = new Dictionary<string, string>
        {
            ["номер"] = appeal.RegistrationNumber,
            ["код"] = appeal.TrackingCode,
            ["срок"] = appeal.EffectiveDueOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["дата регистрации"] =
                appeal.RegisteredOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["статус"] = AppealTexts.Status(appeal.Status),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return values;
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
