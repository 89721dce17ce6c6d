using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Otklik.Calendar;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Hotline;

// A few calls of a working day, a callback waiting for the family department and an operator who has not
// learnt the newest service yet: enough to try the hotline screens out. Seeded with the demo ministry only.
public static class DemoHotline
{
    public static async Task SeedAsync(OtklikDbContext db, ProductionCalendar calendar, DateTimeOffset now)
    {
        var people = await db.Employees.Where(e => e.Email != null)
            .ToDictionaryAsync(e => e.Email!, e => (e.Id, e.DepartmentId));
        var (belova, _) = people["belova@minsoc26.ru"];
        var (tkachenko, _) = people["tkachenko@minsoc26.ru"];
        var family = people["volkov@minsoc26.ru"].DepartmentId!.Value;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        SeedTraining(db, belova, tkachenko, today);
        var calls = Calls(now, belova, tkachenko, await db.Agencies.Select(a => a.Id).FirstAsync());
        db.HotlineCalls.AddRange(calls);
        await db.SaveChangesAsync();

        foreach (var call in calls)
        {
            call.Number = string.Create(CultureInfo.InvariantCulture, $"ГЛ-{today.Year}-{call.Id:D6}");
        }

        db.HotlineCallbacks.Add(new HotlineCallback
        {
            CallId = calls[1].Id,
            Phone = calls[1].CallerPhone!,
            DepartmentId = family,
            Question = calls[1].Need!,
            PromisedOn = calendar.AddWorkingDays(today, 2),
            Windows = "10:00–12:00, 15:00–17:00",
            CallerId = tkachenko,
        });
        await db.SaveChangesAsync();
    }

    private static void SeedTraining(OtklikDbContext db, int belova, int tkachenko, DateOnly today)
    {
        var topic = new TrainingTopic
        {
            Title = "Социальный контракт на открытие своего дела",
            IntroducedOn = today.AddDays(-10),
        };
        db.TrainingTopics.Add(topic);
        db.TrainingRecords.AddRange(
            Record(belova, TrainingKind.Onboarding, null, today.AddDays(-60)),
            Record(tkachenko, TrainingKind.Onboarding, null, today.AddDays(-200)),
            Record(tkachenko, TrainingKind.NewService, topic, today.AddDays(-5)));
    }

    private static TrainingRecord Record(int employee, TrainingKind kind, TrainingTopic? topic, DateOnly on) =>
        new() { EmployeeId = employee, Kind = kind, Topic = topic, CompletedOn = on, RecordedBy = "Кузнецова И. А." };


    private static List<HotlineCall> Calls(DateTimeOffset now, int belova, int tkachenko, int agency) =>
    [
        Closed(now.AddHours(-3), belova, "+7 918 700-11-22", "hours", CallOutcome.Answered,
            "Как доехать до министерства и до скольки работает приёмная?",
            "Ул. Голенева, 18, остановка «Площадь Ленина»; приёмная работает с 9 до 18, обед с 13 до 14.",
            "yes", "satisfied"),
        Closed(now.AddHours(-2), tkachenko, "+7 928 300-45-67", "support", CallOutcome.Callback,
            "Когда придёт ежемесячная выплата на третьего ребёнка? Заявление подано 10 дней назад.", null, null, null),
        Closed(now.AddHours(-1), belova, "+7 962 410-00-31", "other", CallOutcome.OutOfCompetence,
            "Почему не пересчитали пенсию после 80 лет?", "Пенсии назначает Социальный фонд, дали его телефон.",
            "yes", "partly", agency),
    ];

    private static HotlineCall Closed(
        DateTimeOffset at, int operatorId, string phone, string topic, CallOutcome outcome,
        string need, string? answer, string? resolved, string? rating, int? agency = null) => new()
        {
            Number = HotlineService.TemporaryNumber(),
            StartedAt = at,
            EndedAt = at.AddMinutes(6),
            State = CallState.Closed,
            Outcome = outcome,
            OperatorId = operatorId,
            CallerPhone = phone,
            CallerKey = Shared.PhoneNumbers.Key(phone),
            Source = "operator",
            Topic = topic,
            Need = need,
            Answer = answer,
            AgencyId = agency,
            SurveyResolved = resolved,
            SurveyRating = rating,
        };
}
