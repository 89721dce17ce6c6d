using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Appeals;

public sealed record AppealRequest(
    string? Kind, string? ClientKind, string? Name, string? Email, string? Phone, string? PostalAddress, string? Text,
    string[]? NotifyBy, string? ReceivedOn, string? Channel, AttachmentRequest[]? Attachments = null);

public sealed record AttachmentRequest(string? FileName, string? ContentBase64);

public sealed record AppealResponse(
    int Id, string RegistrationNumber, string Status, string StatusText, string ReceivedOn, string RegisteredOn,
    string AnswerDueOn, string TrackingCode);

public sealed record AppealEventResponse(string At, string Status, string StatusText, string Note);

public sealed record AppealStatusResponse(
    string RegistrationNumber, string Status, string StatusText, string RegisteredOn, string AnswerDueOn,
    IReadOnlyList<AppealEventResponse> History);

public static class AppealsApi
{
    private static readonly IntakeChannel[] IntegrationChannels =
        [IntakeChannel.Api, IntakeChannel.Edms, IntakeChannel.Email, IntakeChannel.Phone];

    public static RouteGroupBuilder MapAppealsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/appeals").WithTags("Appeals");
        group.MapPost("/", RegisterAsync).RequireScope(ApiScopes.AppealsWrite)
            .WithSummary("Register an appeal; repeat the same Idempotency-Key to retry safely")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{number}", StatusAsync).RequireScope(ApiScopes.AppealsRead)
            .WithSummary("Status and history of an appeal by its registration number")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<AppealResponse>, Ok<AppealResponse>, ProblemHttpResult>> RegisterAsync(
        AppealRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        AppealIntakeService intake, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return Errors.Validation("appeal.idempotency_key_required",
                "Передайте заголовок Idempotency-Key (до 100 символов): " +
                "по нему повторный запрос не создаст второе обращение.")
                .ToProblem();
        }

        if (Parse(request) is not { } parsed)
        {
            return Errors.Validation("appeal.invalid_enum",
                "Неизвестное значение kind, clientKind, channel, неверный base64 во вложении " +
                "или неверная дата receivedOn (ГГГГ-ММ-ДД).").ToProblem();
        }

        // Keys are per integration, so two systems can never collide.
        var key = $"{user.FindFirstValue(OtklikClaims.TokenId) ?? user.FindFirstValue(ClaimTypes.NameIdentifier)}"
            + $":{idempotencyKey.Trim()}";
        var result = await intake.RegisterAsync(parsed.Intake, parsed.Channel, key);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var (appeal, created) = result.Value;
        var body = ToResponse(appeal);
        return created
            ? TypedResults.Created($"/api/v1/appeals/{appeal.RegistrationNumber}", body)
            : TypedResults.Ok(body);
    }

    private static async Task<Results<Ok<AppealStatusResponse>, ProblemHttpResult>> StatusAsync(
        string number, OtklikDbContext db)
    {
        var appeal = await db.Appeals.AsNoTracking()
            .Include(a => a.Events)
            .FirstOrDefaultAsync(a => a.RegistrationNumber == number);
        if (appeal is null)
        {
            return Errors.NotFound("appeal.not_found", $"Обращение № {number} не найдено.")
                .ToProblem();
        }

        var history = appeal.Events.OrderBy(e => e.At)
            .Select(e => new AppealEventResponse(e.At.ToString("O", CultureInfo.InvariantCulture),
                e.Status.ToString(), AppealTexts.Status(e.Status), e.Note));
        return TypedResults.Ok(new AppealStatusResponse(appeal.RegistrationNumber, appeal.Status.ToString(),
            AppealTexts.Status(appeal.Status), Iso(appeal.RegisteredOn), Iso(appeal.AnswerDueOn), [.. history]));
    }

    private static (AppealIntake Intake, IntakeChannel Channel)? Parse(AppealRequest r)
    {
        var kind = AppealKind.Letter;
        var clientKind = Appeals.ClientKind.Person;
        var channel = IntakeChannel.Api;
        DateOnly? received = null;
        var ok = (r.Kind is null || Enum.TryParse(r.Kind, ignoreCase: true, out kind))
            && (r.ClientKind is null || Enum.TryParse(r.ClientKind, ignoreCase: true, out clientKind))
            && (r.Channel is null
                || (Enum.TryParse(r.Channel, ignoreCase: true, out channel) && IntegrationChannels.Contains(channel)))
            && (r.ReceivedOn is null || TryDate(r.ReceivedOn, out received));
        if (!ok || !Enum.IsDefined(kind) || !Enum.IsDefined(clientKind))
        {
            return null;
        }

        var files = new List<Attachments.IncomingFile>();
        foreach (var a in r.Attachments ?? [])
        {
            var content = new byte[((a.ContentBase64?.Length ?? 0) * 3 / 4) + 3];
            if (!Convert.TryFromBase64String(a.ContentBase64 ?? "", content, out var length))
            {
                return null;
            }

            files.Add(new Attachments.IncomingFile(a.FileName, content[..length]));
        }

        var intake = new AppealIntake(kind, clientKind, r.Name, r.Email, r.Phone, r.PostalAddress, r.Text,
            [.. (r.NotifyBy ?? []).Select(c => c.Trim().ToLowerInvariant())], received, Files: files);
        return (intake, channel);
    }

    private static bool TryDate(string value, out DateOnly? date)
    {
        var ok = DateOnly.TryParseExact(
            value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d);
        date = ok ? d : null;
        return ok;
    }

    public static AppealResponse ToResponse(Appeal a) => new(a.Id, a.RegistrationNumber, a.Status.ToString(),
        AppealTexts.Status(a.Status), Iso(a.ReceivedOn), Iso(a.RegisteredOn), Iso(a.AnswerDueOn), a.TrackingCode);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
