using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Surveys;

public sealed record SurveyInvitationRequest(
    string? Touchpoint, int? DepartmentId, string? Channel, string? AppealNumber);

public sealed record SurveyInvitationResponse(string Url, string Touchpoint, DateTimeOffset ExpiresAt);

// Survey links for touchpoints that end outside Otklik's own notices: a call to the contact centre, a visit
// to a reception held by a subordinate office. The caller delivers the link (an SMS after the call, a card
// handed over); the response lands in the same results as every other survey (RF1).
public static class SurveyInvitationsApi
{
    public static readonly IReadOnlySet<string> Channels = new HashSet<string> { "sms", "email", "phone", "paper" };

    public static RouteGroupBuilder MapSurveyInvitationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/surveys/invitations", CreateAsync).WithTags("Surveys").RequireScope(ApiScopes.SurveysInvite)
            .WithSummary("A signed single-use survey link for a hotline call or a reception visit")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<Created<SurveyInvitationResponse>, ProblemHttpResult>> CreateAsync(
        SurveyInvitationRequest request, OtklikDbContext db, SurveyService surveys, AuditLog audit)
    {
        var touchpoint = Touchpoints.Find(request.Touchpoint);
        var errors = new Dictionary<string, string[]>();
        if (touchpoint != Touchpoints.Hotline && touchpoint != Touchpoints.Reception)
        {
            errors["touchpoint"] = ["Укажите hotline (звонок) или reception (личный приём): остальные опросы " +
                "Отклик отправляет сам вместе с уведомлениями."];
        }

        if (request.Channel is not null && !Channels.Contains(request.Channel))
        {
            errors["channel"] = [$"Способ доставки ссылки: {string.Join(", ", Channels)}."];
        }

        var (appealId, departmentId) = await ResolveAsync(request, db, errors);
        if (errors.Count > 0)
        {
            return Errors.Validation("survey.invitation-invalid", "Проверьте запрос ссылки на опрос.", errors)
                .ToProblem();
        }

        var link = surveys.Create(touchpoint!, appealId, departmentId, request.Channel);
        audit.Record("survey.invited", nameof(SurveyInvitation), link.Invitation.Key.ToString("N"),
            new { Touchpoint = touchpoint!.Code, DepartmentId = departmentId, request.Channel, AppealId = appealId });
        await db.SaveChangesAsync();
        return TypedResults.Created((string?)null,
            new SurveyInvitationResponse(link.Url, touchpoint.Code, link.Invitation.ExpiresAt));
    }

    // A response about an appeal counts for the appeal's department, so results per department include it.
    private static async Task<(int? AppealId, int? DepartmentId)> ResolveAsync(
        SurveyInvitationRequest request, OtklikDbContext db, Dictionary<string, string[]> errors)
    {
        if (request.DepartmentId is { } wanted && !await db.Departments.AnyAsync(d => d.Id == wanted))
        {
            errors["departmentId"] = ["Такого отдела нет в справочнике."];
        }

        if (request.AppealNumber is not { Length: > 0 } number)
        {
            return (null, request.DepartmentId);
        }

        var appeal = await db.Appeals.Where(a => a.RegistrationNumber == number.Trim())
            .Select(a => new { a.Id, a.DepartmentId }).FirstOrDefaultAsync();
        if (appeal is null)
        {
            errors["appealNumber"] = ["Обращение с таким номером не найдено."];
            return (null, request.DepartmentId);
        }

        if (request.DepartmentId is { } given && given != appeal.DepartmentId)
        {
            errors["departmentId"] = ["Обращение относится к другому отделу: не указывайте отдел или укажите его."];
        }

        return (appeal.Id, appeal.DepartmentId);
    }
}
