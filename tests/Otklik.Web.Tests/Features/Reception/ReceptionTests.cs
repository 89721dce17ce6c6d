using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Reception;
using Otklik.Web.Tests.Features.Appeals;
using Otklik.Web.Tests.Infrastructure;
using static Otklik.Web.Tests.Features.Appeals.AppealSteps;

namespace Otklik.Web.Tests.Features.Reception;

[Trait("Category", "Integration")]
public sealed partial class ReceptionTests(ReceptionFactory factory) : IClassFixture<ReceptionFactory>
{
    private static readonly TimeZoneInfo Moscow = TimeZones.Find("Europe/Moscow");

    private readonly AppealSteps _steps = new(factory);

    [Fact]
    public async Task Slots_AreLaidOut_OnlyOnWorkingDays_WithinWorkingHours_AndOutsideLunch()
    {
        var head = await _steps.SignedInAsync("head-rehab");
        var host = await _steps.EmployeeIdAsync("head-rehab");
        var from = new DateOnly(Today().Year + 1, 1, 1);
        var to = from.AddDays(13);

        var created = await head.PostFormAsync("/reception/manage",
            [
                new("hostId", Str(host)), new("from", Iso(from)), new("to", Iso(to)), new("start", "10:00"),
                new("end", "14:00"), new("minutes", "30"), new("room", "512-т"),
            ], "/reception/manage?handler=Create");
        var foreign = await (await _steps.SignedInAsync("executor-family")).PostFormAsync("/reception/manage",
            [
                new("hostId", Str(host)), new("from", Iso(from)), new("to", Iso(to)), new("start", "10:00"),
                new("end", "12:00"), new("minutes", "30"), new("room", "512"),
            ], "/reception/manage?handler=Create");
        var slots = await factory.WithDbAsync(db => db.ReceptionSlots.AsNoTracking()
            .Where(s => s.HostId == host && s.Room == "512-т").ToListAsync());
        var local = slots.Select(s => TimeZoneInfo.ConvertTime(s.StartsAt, Moscow).DateTime)
            .Where(t => DateOnly.FromDateTime(t) >= from && DateOnly.FromDateTime(t) <= to).ToList();
        var calendar = AppealSteps.Calendar();
        var workingDays = Enumerable.Range(0, 14).Select(from.AddDays).Count(calendar.IsWorkingDay);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("access-denied", foreign.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(workingDays * 6, local.Count);
        Assert.All(local, t => Assert.True(calendar.IsWorkingDay(DateOnly.FromDateTime(t))));
        Assert.All(local, t => Assert.InRange(TimeOnly.FromDateTime(t), new TimeOnly(10, 0), new TimeOnly(12, 30)));
    }

    [Fact]
    public async Task ACitizen_BooksOnThePortal_AndTheSlotIsNeverGivenTwice()
    {
        var slot = await SlotAsync("executor-rehab", 0);
        var portal = factory.CreateBrowserLikeClient();

        var page = FormClient.Decode(await portal.GetStringAsync("/reception"));
        var booked = await BookOnPortalAsync(portal, slot, "Иванова Мария Петровна", "+7 918 111-22-33");
        // The second visitor opened the form before the first one booked.
        var second = await BookOnPortalAsync(factory.CreateBrowserLikeClient(), slot, "Петров Пётр",
            $"+7 918 {Random.Shared.Next(1_000_000, 9_999_999)}", formFrom: "/reception/cancel");
        var racing = await SlotAsync("executor-rehab", 1);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => BookDirectAsync(racing, $"Клиент {i}")));
        var holders = await factory.WithDbAsync(db => db.Bookings.CountAsync(b => b.SlotId == racing));

        Assert.Contains($"/reception/book/{slot}", page, StringComparison.Ordinal);
        Assert.Contains("Возьмите с собой паспорт", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Matches(BookingCode(), await portal.GetStringAsync(booked.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserLikeClient()
            .GetAsync($"/reception/book/{slot}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("только что заняли", FormClient.Decode(await second.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(1, holders);
        Assert.DoesNotContain($"/reception/book/{slot}\"", FormClient.Decode(await portal.GetStringAsync("/reception")),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailReminders_AreSentOnceWhenDue_AndAPhoneReminder_IsACallTaskTakenOnce()
    {
        var slot = await SlotAsync("executor-rehab", 2);
        var portal = factory.CreateBrowserLikeClient();
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";
        await BookOnPortalAsync(portal, slot, "Смирнова Анна", "+7 918 222-33-44", email, "email");
        var booking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.SlotId == slot));
        var notices = await NoticesAsync(booking.Id);
        var start = await factory.WithDbAsync(db => db.ReceptionSlots.Where(s => s.Id == slot).Select(s => s.StartsAt)
            .FirstAsync());

        var dayBefore = notices.Single(n => n.Kind == "day-before");
        var visitDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, Moscow).DateTime);
        Assert.Equal(AppealSteps.Calendar().AddWorkingDays(visitDay, -1),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dayBefore.DueAt, Moscow).DateTime));
        Assert.Equal(start.AddHours(-2), notices.Single(n => n.Kind == "two-hours").DueAt);
        Assert.Equal(["confirmed", "day-before", "two-hours"], notices.Select(n => n.Kind).Order());

        await factory.WithDbAsync(db => db.BookingNotices.Where(n => n.Id == dayBefore.Id)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await DispatchAsync();
        await DispatchAsync();
        var after = await NoticesAsync(booking.Id);
        var files = Directory.GetFiles(Path.Combine(factory.FilesFolder, "outgoing-mail"), "*.eml")
            .Select(File.ReadAllText).Count(t => t.Contains(email, StringComparison.Ordinal));

        Assert.Equal(NoticeState.Sent, after.Single(n => n.Kind == "day-before").State);
        Assert.Equal(NoticeState.Sent, after.Single(n => n.Kind == "confirmed").State);
        Assert.Equal(NoticeState.Pending, after.Single(n => n.Kind == "two-hours").State);
        Assert.Equal(2, files);

        var phoneSlot = await SlotAsync("executor-rehab", 3);
        await BookOnPortalAsync(portal, phoneSlot, "Кузьмин Олег", "+7 918 999-00-11", null, "phone");
        var phoneBooking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking()
            .FirstAsync(b => b.SlotId == phoneSlot));
        await factory.WithDbAsync(db => db.BookingNotices.Where(n => n.BookingId == phoneBooking.Id)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var operatorClient = await _steps.SignedInAsync("operator1");
        var desk = FormClient.Decode(await operatorClient.GetStringAsync("/reception/desk"));
        var reminder = (await NoticesAsync(phoneBooking.Id)).First();
        var id = reminder.Id.ToString(CultureInfo.InvariantCulture);
        var colleague = await _steps.SignedInAsync("operator2");
        var notTaken = await operatorClient.PostFormAsync("/reception/desk", [new("id", id), new("reached", "true")],
            "/reception/desk?handler=Called");
        var taken = await operatorClient.PostFormAsync("/reception/desk", [new("id", id)],
            "/reception/desk?handler=Take");
        var takenTwice = await colleague.PostFormAsync("/reception/desk", [new("id", id)],
            "/reception/desk?handler=Take");
        var colleagueDesk = FormClient.Decode(await colleague.GetStringAsync("/reception/desk"));
        var called = await operatorClient.PostFormAsync("/reception/desk", [new("id", id), new("reached", "true")],
            "/reception/desk?handler=Called");

        Assert.Contains("Кузьмин Олег", desk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notTaken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, takenTwice.StatusCode);
        Assert.DoesNotContain($"name=\"id\" value=\"{id}\"", colleagueDesk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, called.StatusCode);
        Assert.Equal(NoticeState.Sent, (await NoticesAsync(phoneBooking.Id)).Single(n => n.Id == reminder.Id).State);

        await factory.WithDbAsync(db => db.ReceptionSlots.Where(s => s.Id == phoneSlot)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await DispatchAsync();
        var expired = (await NoticesAsync(phoneBooking.Id)).Where(n => n.Id != reminder.Id).ToList();
        Assert.NotEmpty(expired);
        Assert.All(expired, n => Assert.Equal((NoticeState.Failed, "Время приёма прошло."), (n.State, n.LastError)));
    }

    [Fact]
    public async Task TheClient_CancelsWithCodeAndPhone_TheSlotIsFreeAgain_AndItsRemindersStop()
    {
        var slot = await SlotAsync("executor-rehab", 4);
        var portal = factory.CreateBrowserLikeClient();
        await BookOnPortalAsync(portal, slot, "Орлов Иван", "+7 918 333-44-55", null, "phone");
        var booking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.SlotId == slot));

        var wrongPhone = await portal.PostFormAsync("/reception/cancel",
            [new("Code", booking.Code), new("Phone", "+7 918 000-00-00")]);
        var cancelled = await portal.PostFormAsync("/reception/cancel",
            [new("Code", booking.Code.ToLowerInvariant()), new("Phone", "8 (918) 333-44-55")]);
        var freed = await factory.WithDbAsync(db => db.ReceptionSlots.AsNoTracking().FirstAsync(s => s.Id == slot));
        var notices = await NoticesAsync(booking.Id);
        var again = await BookOnPortalAsync(factory.CreateBrowserLikeClient(), slot, "Новиков Сергей", "+79184445566");

        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        Assert.Contains("Проверьте код", FormClient.Decode(await wrongPhone.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cancelled\"", await cancelled.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Null(freed.BookingId);
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal(NoticeState.Failed, n.State));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Leadership_IsBookedByPhoneAndPortal_OtherStaffByPortalAndHotline()
    {
        var leadership = await SlotAsync("minister", 5, leadership: true);
        var staff = await SlotAsync("executor-rehab", 5);
        var office = await _steps.SignedInAsync("executor-appeals");
        var operatorClient = await _steps.SignedInAsync("operator2");

        var byPhone = await StaffBookAsync(office, leadership, "phone");
        var byHotlineToStaff = await StaffBookAsync(operatorClient, staff, "hotline");
        var leadershipSecond = await SlotAsync("minister", 6, leadership: true);
        var byHotlineToLeadership = await StaffBookAsync(operatorClient, leadershipSecond, "hotline");
        var notOffice = await StaffBookAsync(await _steps.SignedInAsync("executor-family"), leadershipSecond, "phone");

        Assert.Equal(HttpStatusCode.Redirect, byPhone.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byHotlineToStaff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byHotlineToLeadership.StatusCode);
        Assert.Contains("по телефону приёмной и на портале",
            FormClient.Decode(await byHotlineToLeadership.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("access-denied", notOffice.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(["hotline", "phone"], await factory.WithDbAsync(db => db.Bookings
            .Where(b => b.SlotId == leadership || b.SlotId == staff)
            .Select(b => b.Source).OrderBy(s => s).ToListAsync()));
    }

    [Fact]
    public async Task TheHost_SeesTheVisitorsNeeds_AndAnAttendedVisit_SendsTheSurvey()
    {
        var slot = await SlotAsync("head-family", 7);
        var email = $"{Guid.NewGuid():N}"[..10] + "@example.ru";
        await BookOnPortalAsync(factory.CreateBrowserLikeClient(), slot, "Лебедева Ольга", "+7 918 777-88-99", email,
            "", needs: "Слабослышащая, нужна индукционная система", prepare: ["loop", "unknown"]);
        var booking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.SlotId == slot));
        var host = await _steps.SignedInAsync("head-family");

        var desk = FormClient.Decode(await host.GetStringAsync("/reception/desk"));
        var early = await VisitAsync(host, booking.Id);
        await factory.WithDbAsync(db => db.ReceptionSlots.Where(s => s.Id == slot)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-5))));
        var stranger = await VisitAsync(await _steps.SignedInAsync("head-rehab"), booking.Id);
        var attended = await VisitAsync(host, booking.Id);
        var survey = await factory.WithDbAsync(db => db.BookingNotices.AsNoTracking()
            .SingleAsync(n => n.BookingId == booking.Id && n.Kind == "survey"));
        var invitation = await factory.WithDbAsync(db => db.SurveyInvitations.AsNoTracking()
            .OrderByDescending(i => i.Id).FirstAsync(i => i.Touchpoint == "reception"));

        var keeper = await factory.WithDbAsync(db => db.Departments
            .Where(d => d.Name == "Отдел реабилитации и социальной интеграции инвалидов").Select(d => d.HeadId)
            .FirstAsync());
        var asked = await factory.WithDbAsync(db => db.StaffMessages.AsNoTracking()
            .Where(m => m.Topic == "индукционная система на приём").Select(m => m.EmployeeId).ToListAsync());

        Assert.Contains("Слабослышащая, нужна индукционная система", desk, StringComparison.Ordinal);
        Assert.Contains("Подготовить: индукционная система для слухового аппарата.", desk, StringComparison.Ordinal);
        Assert.Equal(["loop"], booking.Needs);
        Assert.Contains(keeper!.Value, asked);
        Assert.Contains(await _steps.EmployeeIdAsync("head-family"), asked);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);
        Assert.Contains("/survey/", survey.Body, StringComparison.Ordinal);
        Assert.Equal(await factory.WithDbAsync(db => db.Employees.Where(e => e.Email == "volkov@minsoc26.ru")
            .Select(e => e.DepartmentId).FirstAsync()), invitation.DepartmentId);
    }

    [Fact]
    public async Task ABooking_WithBadInput_OrTooManyFromOnePhone_IsRefusedInRussian()
    {
        var first = await SlotAsync("head-family", 10);
        var second = await SlotAsync("head-family", 11);
        var third = await SlotAsync("executor-rehab", 10);
        var fourth = await SlotAsync("minister", 10, leadership: true);
        var portal = factory.CreateBrowserLikeClient();
        var phone = $"+7 928 {Random.Shared.Next(1_000_000, 9_999_999)}";

        var noEmail = await BookOnPortalAsync(portal, first, "Зайцев Павел", phone, null, "email");
        var badPhone = await BookOnPortalAsync(portal, first, "Зайцев Павел", "12-34");
        var booked = await BookOnPortalAsync(portal, first, "Зайцев Павел", phone);
        var sameHost = await BookOnPortalAsync(portal, second, "Зайцев Павел", phone);
        var otherHost = await BookOnPortalAsync(portal, third, "Зайцев Павел", phone);
        var tooMany = await BookOnPortalAsync(portal, fourth, "Зайцев Павел", phone);

        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.Contains("href=\"#Input_RemindBy\"", await noEmail.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Contains("Для напоминания по почте укажите адрес", FormClient.Decode(
            await noEmail.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Телефон — от 10 до 15 цифр", FormClient.Decode(await badPhone.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sameHost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherHost.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Contains("записаться больше нельзя", FormClient.Decode(await tooMany.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHost_CancelsABookedVisit_AndTheClientIsTold()
    {
        var slot = await SlotAsync("head-family", 12);
        await BookOnPortalAsync(factory.CreateBrowserLikeClient(), slot, "Гусева Нина", "+7 918 565-43-21");
        var booking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.SlotId == slot));

        var stranger = await (await _steps.SignedInAsync("executor-rehab")).PostFormAsync("/reception/manage",
            [new("id", Str(slot))], "/reception/manage?handler=Cancel");
        var cancelled = await (await _steps.SignedInAsync("head-family")).PostFormAsync("/reception/manage",
            [new("id", Str(slot))], "/reception/manage?handler=Cancel");
        var after = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.Id == booking.Id));
        var told = await factory.WithDbAsync(db => db.BookingNotices.AsNoTracking()
            .SingleAsync(n => n.BookingId == booking.Id && n.Kind == "cancelled"));
        var withdrawn = await factory.WithDbAsync(db => db.ReceptionSlots.AsNoTracking().FirstAsync(s => s.Id == slot));
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(withdrawn.StartsAt, Moscow).DateTime);
        var laidOutAgain = await (await _steps.SignedInAsync("head-family")).PostFormAsync("/reception/manage",
            [
                new("hostId", Str(await _steps.EmployeeIdAsync("head-family"))), new("from", Iso(day)),
                new("to", Iso(day)), new("start", "10:00"), new("end", "13:00"), new("minutes", "20"),
                new("room", "305"),
            ], "/reception/manage?handler=Create");
        var sameStart = await factory.WithDbAsync(db => db.ReceptionSlots.CountAsync(s =>
            s.HostId == withdrawn.HostId && s.StartsAt == withdrawn.StartsAt));

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal((BookingState.Cancelled, "host"), (after.State, after.CancelledVia));
        Assert.Equal(("phone", NoticeState.Pending), (told.Channel, told.State));
        Assert.Contains("не состоится", told.Body, StringComparison.Ordinal);
        Assert.True(withdrawn.IsWithdrawn);
        Assert.Equal(HttpStatusCode.Redirect, laidOutAgain.StatusCode);
        Assert.Equal(1, sameStart);
    }

    [Fact]
    public async Task AVisitorWithoutEmail_GetsTheSurveyLinkFromTheHost()
    {
        var slot = await SlotAsync("head-family", 13);
        await BookOnPortalAsync(factory.CreateBrowserLikeClient(), slot, "Белов Пётр", "+7 918 246-80-13");
        var booking = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().FirstAsync(b => b.SlotId == slot));
        await factory.WithDbAsync(db => db.ReceptionSlots.Where(s => s.Id == slot)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddMinutes(-5))));
        var host = await _steps.SignedInAsync("head-family");

        var attended = await VisitAsync(host, booking.Id);
        var desk = FormClient.Decode(await host.GetStringAsync("/reception/desk"));
        var paper = await factory.WithDbAsync(db => db.SurveyInvitations.AsNoTracking()
            .OrderByDescending(i => i.Id).FirstAsync(i => i.Touchpoint == "reception"));

        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);
        Assert.Matches("дайте ему ссылку на опрос — http[^ <]*/survey/", desk);
        Assert.Equal("paper", paper.Channel);
    }

    [Fact]
    public async Task Bookings_AreDeletedFiveYearsAfterTheVisit()
    {
        var old = await SlotAsync("executor-rehab", 8);
        var recent = await SlotAsync("executor-rehab", 9);
        Assert.True(await BookDirectAsync(old, "Давний посетитель"));
        Assert.True(await BookDirectAsync(recent, "Недавний посетитель"));
        await factory.WithDbAsync(db => db.ReceptionSlots.Where(s => s.Id == old)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddYears(-5).AddDays(-2))));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Otklik.Web.Features.Retention.RetentionService>()
                .PurgeAsync();
        }

        var left = await factory.WithDbAsync(db => db.Bookings.Where(b => b.SlotId == old || b.SlotId == recent)
            .Select(b => b.Name).ToListAsync());
        Assert.Equal(["Недавний посетитель"], left);
    }

    private async Task<int> SlotAsync(string hostLogin, int index, bool leadership = false)
    {
        var host = await _steps.EmployeeIdAsync(hostLogin);
        var day = AppealSteps.Calendar().AddWorkingDays(Today(), 3 + index);
        var local = day.ToDateTime(new TimeOnly(10, 0)).AddMinutes(20 * Random.Shared.Next(0, 9));
        var at = new DateTimeOffset(local, Moscow.GetUtcOffset(local)).ToUniversalTime();
        return await factory.WithDbAsync(async db =>
        {
            var existing = await db.ReceptionSlots.FirstOrDefaultAsync(s => s.HostId == host && s.StartsAt == at);
            var slot = new ReceptionSlot
            {
                HostId = host,
                StartsAt = at,
                Minutes = 20,
                Room = "512",
                IsLeadership = leadership
            };
            if (existing is not null)
            {
                slot.StartsAt = at.AddMinutes(7 + Random.Shared.Next(0, 5));
            }

            db.ReceptionSlots.Add(slot);
            await db.SaveChangesAsync();
            return slot.Id;
        });
    }

    private static Task<HttpResponseMessage> BookOnPortalAsync(HttpClient client, int slot, string name, string phone,
        string? email = null, string remindBy = "", string? needs = null, string? formFrom = null,
        string[]? prepare = null) =>
        client.PostFormAsync(formFrom ?? $"/reception/book/{slot}",
            [
                new("Input.Name", name), new("Input.Phone", phone), new("Input.Email", email ?? ""),
                new("Input.Topic", "Компенсация за технические средства реабилитации"),
                new("Input.RemindBy", remindBy), new("Input.RemindDayBefore", "true"),
                new("Input.RemindTwoHoursBefore", "true"), new("Input.AccessibilityNeeds", needs ?? ""),
                .. (prepare ?? []).Select(p => new KeyValuePair<string, string>("Input.Needs", p)),
            ], $"/reception/book/{slot}");

    private static Task<HttpResponseMessage> StaffBookAsync(HttpClient client, int slot, string source) =>
        client.PostFormAsync("/reception/desk",
            [
                new("slotId", Str(slot)), new("source", source), new("Input.Name", "Клиент по телефону"),
                new("Input.Phone", "+7 918 123-45-67"), new("Input.Topic", "Вопрос о пособии"),
                new("Input.RemindBy", ""),
            ], "/reception/desk?handler=Book");

    private static Task<HttpResponseMessage> VisitAsync(HttpClient client, int booking) =>
        client.PostFormAsync("/reception/desk", [new("id", Str(booking)), new("attended", "true")],
            "/reception/desk?handler=Visit");

    private async Task<bool> BookDirectAsync(int slot, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReceptionBookings>().BookAsync(slot,
            new BookingInput(name, $"+7 918 {Random.Shared.Next(1_000_000, 9_999_999)}", null, "Вопрос", null, false,
                false, null),
            BookingSources.Portal);
        return result.IsSuccess;
    }

    private Task<List<BookingNotice>> NoticesAsync(int booking) => factory.WithDbAsync(db =>
        db.BookingNotices.AsNoTracking().Where(n => n.BookingId == booking).ToListAsync());

    private async Task DispatchAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BookingMailDispatcher>().DispatchOnceAsync();
    }

    [GeneratedRegex("data-testid=\"booking-code\">[2-9A-HJ-NP-Z]{10}<")]
    private static partial Regex BookingCode();
}

// The portal's per-address limit would stop a test class that books many times from one address.
public sealed class ReceptionFactory : OtklikFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Otklik:Appeals:PortalSubmissionsPerTenMinutes", "1000");
    }
}
