using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Otklik.Calendar;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Infrastructure.Api;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Calendar;

public sealed record CalendarDayResponse(string Date, bool Working, bool Shortened, string? Note);

public sealed record CalendarYearResponse(
    int Year, bool Provisional, string Source, IReadOnlyList<CalendarDayResponse> Days);

public sealed record AddWorkingDaysResponse(string From, int Days, string Date);

public sealed record DeadlineResponse(
    string Policy, string Title, string LegalSource, string Event, string Start, string Date, bool Provisional,
    IReadOnlyList<string> Explanation);

public static class CalendarApi
{
    private const int MaxDays = 3650;

    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Calendar").RequireScope(ApiScopes.CalendarRead)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/calendar/{year}", GetYearAsync).WithSummary("Every day of a year of the production calendar");
        group.MapGet("/calendar/add-working-days", AddWorkingDaysAsync)
            .WithSummary("The N-th working day counted from the day after `from`");
        group.MapGet("/deadlines/preview", PreviewAsync).WithSummary("A legal deadline and its explanation in Russian");
        return api;
    }

    private static async Task<Results<Ok<CalendarYearResponse>, ProblemHttpResult>> GetYearAsync(
        string year, CalendarCache cache)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < ProductionCalendar.FirstYear or > ProductionCalendar.LastYear)
        {
            return YearError();
        }

        var calendar = await cache.GetAsync();
        var info = calendar.Year(number);
        var days = calendar.DaysOf(number)
            .Select(d => new CalendarDayResponse(Iso(d.Date), d.IsWorking, d.IsShortened, d.Note));
        return TypedResults.Ok(new CalendarYearResponse(number, info.IsProvisional, info.Source, [.. days]));
    }

    private static async Task<Results<Ok<AddWorkingDaysResponse>, ProblemHttpResult>> AddWorkingDaysAsync(
        string? from, string? days, CalendarCache cache)
    {
        if (ParseDate(from) is not { } start)
        {
            return DateError("from");
        }

        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxDays)
        {
            return Errors.Validation("calendar.days_invalid",
                $"Параметр days — целое число рабочих дней от 0 до {MaxDays}, " +
                "например days=5.").ToProblem();
        }

        var calendar = await cache.GetAsync();
        try
        {
            return TypedResults.Ok(
                new AddWorkingDaysResponse(Iso(start), count, Iso(calendar.AddWorkingDays(start, count))));
        }
        catch (ArgumentOutOfRangeException)
        {
            return YearError();
        }
    }

    private static async Task<Results<Ok<DeadlineResponse>, ProblemHttpResult>> PreviewAsync(
        string? policy, string? @event, CalendarCache cache)
    {
        var found = policy is null ? null : DeadlinePolicies.Find(policy);
        if (found is null)
        {
            var codes = string.Join(", ", DeadlinePolicies.All.Select(p => p.Code));
            return Errors.Validation("deadline.policy_unknown",
                    $"Неизвестный вид срока. Допустимые значения policy: {codes}.")
                .ToProblem();
        }

        if (ParseDate(@event) is not { } eventDate)
        {
            return DateError("event");
        }

        var calendar = await cache.GetAsync();
        try
        {
            var deadline = new DeadlineEngine(calendar).Compute(found, eventDate);
            return TypedResults.Ok(ToResponse(deadline, calendar));
        }
        catch (ArgumentOutOfRangeException)
        {
            return YearError();
        }
    }

    internal static DeadlineResponse ToResponse(Deadline d, ProductionCalendar calendar) => new(
        d.Policy.Code, d.Policy.Title, d.Policy.LegalSource, Iso(d.Event), Iso(d.Start), Iso(d.Date),
        calendar.IsProvisional(d.Date.Year) || calendar.IsProvisional(d.Start.Year), d.Explanation);

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ProblemHttpResult DateError(string name) =>
        Errors.Validation("calendar.date_invalid",
                $"Параметр {name} — дата в виде ГГГГ-ММ-ДД, например 2026-04-28.")
            .ToProblem();

    private static ProblemHttpResult YearError() =>
        Errors.Validation("calendar.year_out_of_range",
            $"Календарь ведётся на {ProductionCalendar.FirstYear}–" +
            $"{ProductionCalendar.LastYear} годы.").ToProblem();
}
