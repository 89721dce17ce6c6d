using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Knowledge;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Surveys;

public sealed class SurveyOptions
{
    // Where citizens open links from notices; every node must give the same address.
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public int LinkDays { get; set; } = 90;
}

public sealed record SurveyLink(SurveyInvitation Invitation, string Url);

public sealed record SurveyAnswers(int? Satisfaction, string? Clear, string? Resolved, string? Comment);

// Signed single-use survey links (RF1). The link carries the invitation's key protected by the ministry's
// data-protection keys, which every node shares through the database; a response marks the invitation
// answered with a conditional update, so a link is used once even when submitted twice at the same moment.
public sealed class SurveyService(
    OtklikDbContext db, IDataProtectionProvider protection, TimeProvider time, IOptions<SurveyOptions> options,
    Notifications.StaffMailbox mailbox)
{
    private static readonly string[] Choices = ["yes", "partly", "no"];

    private readonly IDataProtector _protector = protection.CreateProtector("Otklik.Surveys.v1");

    // Adds the invitation to the caller's unit of work; it is sent with the notice that carries it.
    public SurveyLink Create(Touchpoint touchpoint, int? appealId, int? departmentId, string? channel)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("Otklik:Surveys:PublicBaseUrl must be an absolute address");
        }

        var invitation = new SurveyInvitation
        {
            Key = Guid.NewGuid(),
            Touchpoint = touchpoint.Code,
            AppealId = appealId,
            DepartmentId = departmentId,
            Channel = channel,
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = time.GetUtcNow().AddDays(options.Value.LinkDays),
        };
        db.SurveyInvitations.Add(invitation);
        return new SurveyLink(invitation, $"{baseUrl}/survey/{_protector.Protect(invitation.Key.ToString("N"))}");
    }

    public async Task<Result<SurveyInvitation>> OpenAsync(string token)
    {
        Guid key;
        try
        {
            key = Guid.ParseExact(_protector.Unprotect(token), "N");
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return Errors.NotFound("survey.invalid_link",
                "Ссылка на опрос неверна. Скопируйте её из сообщения целиком.");
        }

        var invitation = await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.Key == key);
        if (invitation is null || invitation.ExpiresAt < time.GetUtcNow())
        {
            return Errors.NotFound("survey.expired", "Срок этого опроса истёк. Спасибо, что хотели ответить!");
        }

        return invitation.AnsweredAt is null
            ? invitation
            : Errors.Conflict("survey.answered", "На этот опрос уже ответили. Спасибо!");
    }

    public async Task<Result<SurveyResponse>> SubmitAsync(string token, SurveyAnswers answers)
    {
        var opened = await OpenAsync(token);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var invitation = opened.Value!;
        if (Check(answers, Touchpoints.Find(invitation.Touchpoint)!) is { } invalid)
        {
            return invalid;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = time.GetUtcNow();
        var taken = await db.SurveyInvitations.Where(i => i.Id == invitation.Id && i.AnsweredAt == null)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.AnsweredAt, now));
        if (taken == 0)
        {
            return Errors.Conflict("survey.answered", "На этот опрос уже ответили. Спасибо!");
        }

        var response = new SurveyResponse
        {
            InvitationId = invitation.Id,
            Touchpoint = invitation.Touchpoint,
            AppealId = invitation.AppealId,
            DepartmentId = invitation.DepartmentId,
            Channel = invitation.Channel,
            At = now,
            Satisfaction = answers.Satisfaction!.Value,
            Clear = answers.Clear,
            Resolved = answers.Resolved,
            Comment = string.IsNullOrWhiteSpace(answers.Comment) ? null : answers.Comment.Trim(),
        };
        db.SurveyResponses.Add(response);
        await ReportToKnowledgeAsync(response);
        await AlertAsync(response);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return response;
    }

    // A low score or an unsolved question reaches the responsible head at once (RF2); the client's words stay
    // in Otklik, on the results page.
    public async Task AlertAsync(SurveyResponse response)
    {
        if (!IsLow(response) || response.DepartmentId is not { } department)
        {
            return;
        }

        var head = await db.Departments.Where(d => d.Id == department).Select(d => d.HeadId).FirstOrDefaultAsync();
        if (head is null)
        {
            return;
        }

        var number = response.AppealId is { } appeal
            ? await db.Appeals.Where(a => a.Id == appeal).Select(a => a.RegistrationNumber).FirstOrDefaultAsync()
            : null;
        var what = Touchpoints.Find(response.Touchpoint)?.Title ?? response.Touchpoint;
        var text = $"Клиент оценил «{what}»" + (number is null ? "" : $" (обращение № {number})") +
            (response.Satisfaction > 0 ? $" на {response.Satisfaction} из 5" : "") +
            (response.Resolved == "no" ? "; вопрос не решён" : "") +
            (response.Comment is null ? "." : ". Есть комментарий — на странице опросов.");
        mailbox.Queue(head.Value, "низкая оценка в опросе", text, "/surveys");
    }

    // A written complaint counts with a middling score too, since people often soften the number.
    public static bool IsLow(SurveyResponse response) =>
        response.Satisfaction is > 0 and <= 2 || response.Resolved == "no" || response.Clear == "no"
        || (response.Comment is not null && response.Satisfaction is > 0 and <= 3);

    // A complaint about an answer built from knowledge-base items reaches those items' next review (R29.1).
    private async Task ReportToKnowledgeAsync(SurveyResponse response)
    {
        if (response.AppealId is not { } appealId || response.Touchpoint != Touchpoints.Answer.Code
            || (response.Satisfaction > 2 && response.Clear != "no"))
        {
            return;
        }

        var used = (await db.AppealAnswers.Where(a => a.AppealId == appealId).Where(Appeals.AppealAnswer.WasSent)
            .OrderByDescending(a => a.Id).Select(a => a.KnowledgeItemIds).FirstOrDefaultAsync()) ?? [];
        var items = await db.KnowledgeItems.Where(i => used.Contains(i.Id)).Select(i => i.Id).ToListAsync();

        // The client's own words stay with the response, which retention clears; the item gets the figures.
        var text = $"Опрос после ответа: оценка {response.Satisfaction} из 5, ответ понятен — " +
            $"{Touchpoints.ChoiceTitle(response.Clear)}.";
        foreach (var itemId in items)
        {
            db.KnowledgeFeedback.Add(new KnowledgeFeedback
            {
                ItemId = itemId,
                At = response.At,
                Source = "survey",
                Text = text.Length > 2000 ? text[..2000] : text,
            });
        }
    }

    private static Error? Check(SurveyAnswers answers, Touchpoint touchpoint)
    {
        var fields = new Dictionary<string, string[]>();
        if (answers.Satisfaction is not (>= 1 and <= 5))
        {
            fields["satisfaction"] = ["Выберите оценку от 1 до 5."];
        }

        if (answers.Clear is not null && !Choices.Contains(answers.Clear))
        {
            fields["clear"] = ["Выберите «да», «отчасти» или «нет»."];
        }

        if (touchpoint.AsksResolved && answers.Resolved is not null && !Choices.Contains(answers.Resolved))
        {
            fields["resolved"] = ["Выберите «да», «отчасти» или «нет»."];
        }

        if (answers.Comment?.Length > 2000)
        {
            fields["comment"] = ["Комментарий — не больше 2000 знаков."];
        }

        return fields.Count == 0
            ? null
            : Errors.Validation("survey.invalid", string.Join(" ", fields.Values.SelectMany(v => v)), fields);
    }
}
