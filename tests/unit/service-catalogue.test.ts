import { describe, expect, it } from 'vitest';
import { groupByBody, searchKey, searchServices } from '../../src/lib/services/catalogue.ts';

const svc = (service_id: string, body_id: string, name_ru: string, name_en: string) => ({
  service_id, body_id, surveyed: true, name_kk: name_ru, name_ru, name_en,
});
const services = [
  svc('driving_licence', 'internal_affairs', 'Выдача водительского удостоверения', 'Driving licence'),
  svc('primary_care_attachment', 'health', 'Прикрепление к организации ПМСП', 'Attachment to primary care'),
  svc('passport', 'internal_affairs', 'Выдача паспорта «гражданина»', 'Passport'),
];

describe('service catalogue', () => {
  it('normalises search text', () => {
    expect(searchKey('  Ёлка «X»  ')).toBe('елка x');
  });
  it('finds services by words in any language', () => {
    expect(searchServices(services, 'выдача').map((s) => s.service_id)).toEqual(['driving_licence', 'passport']);
    expect(searchServices(services, 'primary CARE').map((s) => s.service_id)).toEqual(['primary_care_attachment']);
    expect(searchServices(services, 'паспорта гражданина').map((s) => s.service_id)).toEqual(['passport']);
    expect(searchServices(services, 'nothing like it')).toEqual([]);
    expect(searchServices(services, '  ')).toHaveLength(3);
  });
  it('groups by body, sorted by name', () => {
    const groups = groupByBody(services, (id) => ({ internal_affairs: 'Internal Affairs', health: 'Health' })[id] ?? id, 'en');
    expect(groups.map((g) => g.bodyId)).toEqual(['health', 'internal_affairs']);
    expect(groups[1]?.services.map((s) => s.service_id)).toEqual(['driving_licence', 'passport']);
  });
});
