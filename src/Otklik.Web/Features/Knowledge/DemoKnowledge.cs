using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public sealed record DemoItem(string DepartmentKey, MaterialType Type, string Title, string Body,
    RegulationFacts? Regulation = null);

// A few real-looking materials per section for trying the base out; seeded only with the demo organisation.
public static class DemoKnowledge
{
    public static readonly DemoItem[] Items =
    [
        new("family", MaterialType.Faq, "Кто может получить единое пособие на ребёнка?",
            "Единое пособие получают семьи с детьми до 17 лет и беременные женщины, если доход на человека " +
            "в семье ниже прожиточного минимума в крае.\n\nЗаявление подают на Госуслугах, в МФЦ или в " +
            "клиентской службе Социального фонда. Ответ приходит в течение 10 рабочих дней."),
        new("family", MaterialType.Faq, "Какие выплаты положены многодетной семье?",
            "Многодетной семье положены:\n\n- ежемесячная денежная выплата на третьего ребёнка до 3 лет;\n" +
            "- компенсация 30 % платы за жилищно-коммунальные услуги;\n- бесплатный проезд школьникам.\n\n" +
            "Удостоверение многодетной семьи выдаёт управление социальной защиты по месту жительства."),
        new("family", MaterialType.Regulation, "О мерах социальной поддержки многодетных семей",
            "Закон края определяет, кто считается многодетной семьёй и какие выплаты ей положены.",
            new RegulationFacts
            {
                Number = "123-кз", SignedOn = new DateOnly(2013, 12, 27), Governs = "Меры поддержки многодетных семей",
                InForceFrom = new DateOnly(2014, 1, 1), Link = "https://pravo.gov.ru/",
            }),
        new("family", MaterialType.AnswerTemplate, "Ответ: как оформить удостоверение многодетной семьи",
            "Уважаемый(ая) {ФИО}!\n\nУдостоверение многодетной семьи оформляют в управлении социальной защиты " +
            "по месту жительства. Возьмите с собой паспорта родителей и свидетельства о рождении детей.\n\n" +
            "Если останутся вопросы, позвоните нам: {телефон отдела}."),
        new("benefits", MaterialType.Faq, "Как получить ЕДВ ветерану труда?",
            "Ежемесячную денежную выплату ветерану труда назначает управление социальной защиты по месту " +
            "жительства. Нужны паспорт и удостоверение ветерана труда. Выплату назначают с месяца обращения."),
        new("benefits", MaterialType.Faq, "Кому положена компенсация расходов на оплату ЖКУ?",
            "Компенсацию получают ветераны, инвалиды, многодетные семьи и другие льготники. Её перечисляют " +
            "каждый месяц на счёт, если нет долга за коммунальные услуги."),
        new("rehab", MaterialType.Faq, "Как получить технические средства реабилитации?",
            "Технические средства реабилитации (ТСР) выдают по индивидуальной программе реабилитации (ИПРА). " +
            "Заявление подают в Социальный фонд. Можно купить средство самому и получить компенсацию."),
        new("appeals", MaterialType.Script, "Приветствие и завершение разговора на горячей линии",
            "**Приветствие:** «Министерство труда и социальной защиты, горячая линия, меня зовут {имя}. " +
            "Чем могу помочь?»\n\n**Завершение:** «Спасибо за звонок. Если вопросы останутся, звоните нам " +
            "с 9 до 18 по рабочим дням. После разговора вам может прийти короткий опрос — ответьте, пожалуйста».\n\n" +
            "**Если клиент грубит:** спокойно предупредите, что разговор будет завершён при повторении оскорблений."),
        new("appeals", MaterialType.Contacts, "Куда направлять вопросы не по нашей компетенции",
            "- Пенсии и материнский капитал — Социальный фонд России, 8-800-100-00-01.\n" +
            "- Медицинская помощь — министерство здравоохранения края.\n" +
            "- Жилищные вопросы — администрация муниципального округа."),
        new("hr", MaterialType.HrMaterial, "График отпусков на год",
            "График отпусков утверждается до 17 декабря. Перенос отпуска согласуйте с начальником отдела и " +
            "отделом кадров не позднее чем за две недели."),
        new("labour", MaterialType.WorkExample, "Как проверить коллективный договор при уведомительной регистрации",
            "1. Проверьте, что договор подписан обеими сторонами.\n2. Сверьте условия с Трудовым кодексом.\n" +
            "3. Ухудшающие условия перечислите в письме работодателю простыми словами."),
    ];

    public static async Task SeedAsync(OtklikDbContext db, IReadOnlyDictionary<string, int> departments,
        IReadOnlyDictionary<string, string> names, DateOnly nextReview, DateTimeOffset now)
    {
        var sections = departments.ToDictionary(d => d.Key, d => new KnowledgeSection
        {
            Title = names[d.Key],
            DepartmentId = d.Value,
            NextReviewOn = nextReview,
            CreatedAt = now,
        });
        db.KnowledgeSections.AddRange(sections.Values);
        await db.SaveChangesAsync();

        foreach (var demo in Items.Where(i => sections.ContainsKey(i.DepartmentKey)))
        {
            var item = new KnowledgeItem
            {
                SectionId = sections[demo.DepartmentKey].Id,
                Type = demo.Type,
                Title = demo.Title,
                Body = demo.Body,
                Regulation = demo.Regulation,
                UpdatedAt = now,
                UpdatedBy = "Демонстрационные данные",
            };
            db.KnowledgeItems.Add(item);
            await db.SaveChangesAsync();
            db.KnowledgeVersions.Add(new KnowledgeVersion
            {
                ItemId = item.Id,
                Number = 1,
                Title = item.Title,
                Body = item.Body,
                RegulationJson = RegulationFacts.ToJson(item.Regulation),
                SavedAt = now,
                Author = item.UpdatedBy,
                Reason = "Демонстрационные данные",
            });
        }

        await db.SaveChangesAsync();
    }
}
