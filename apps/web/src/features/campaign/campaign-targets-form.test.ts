import { describe, expect, it } from 'vitest';
import type { CampaignTargets } from '../../api/api-types.js';
import {
  campaignForm,
  campaignStatus,
  canEditCampaigns,
  formFieldOf,
  oneYearFrom,
  parseCount,
  validateCampaignForm,
  type CampaignForm,
} from './campaign-targets-form.js';
import { todayInVietnam } from './campaign-format.js';

const TARGETS: CampaignTargets = {
  schools: 2000,
  provinces: 34,
  experts: 150,
  participants: { students: 1_000_000, teachers: 60_000, parents: 200_000 },
  pledges: 500_000,
  eventVisitors: 100_000,
  views: 1_000_000_000,
  influencers: 1000,
  postsPerHashtag: { '#khongmotminh': 100_000, '#01minh': 50_000 },
};

const filled = (): CampaignForm => ({ ...campaignForm({ targets: TARGETS }), name: ' Không Một Mình 2027 ', startDate: '2027-01-01', endDate: '2027-12-31' });

describe('campaign target form', () => {
  it('reads counts written the Vietnamese way, and refuses anything but a whole number ≥ 0', () => {
    expect(parseCount('100.000')).toBe(100_000);
    expect(parseCount(' 1.000.000.000 ')).toBe(1_000_000_000);
    expect(parseCount('1 000')).toBe(1000);
    expect(parseCount('1\u00a0000')).toBe(1000);
    expect(parseCount('2000')).toBe(2000);
    expect(parseCount('0')).toBe(0);
    for (const bad of ['', '-5', '1,5', '12.5', '1.00', '10.0000', 'mười', '99999999999999999']) expect(parseCount(bad)).toBeNull();
  });

  it('shows a campaign with thousands separators and gives back the same targets', () => {
    const form = filled();
    expect(form.counts.views).toBe('1.000.000.000');
    expect(form.hashtags).toEqual([
      { key: 1, tag: '#khongmotminh', target: '100.000' },
      { key: 2, tag: '#01minh', target: '50.000' },
    ]);
    expect(validateCampaignForm(form)).toEqual({ problems: null, input: { name: 'Không Một Mình 2027', startDate: '2027-01-01', endDate: '2027-12-31', targets: TARGETS } });
  });

  it('names each problem by field: end before start, bad counts, bad or repeated hashtags', () => {
    const form = filled();
    form.name = '  ';
    form.endDate = '2026-12-31';
    form.counts.schools = '-1';
    form.counts['participants.parents'] = '2,5';
    form.hashtags.push({ key: 3, tag: 'KhongMotMinh', target: '5' }, { key: 4, tag: '#có dấu cách', target: 'x' }, { key: 5, tag: ' ', target: '' });
    expect(validateCampaignForm(form).problems).toEqual({
      name: 'nameRequired',
      endDate: 'endBeforeStart',
      'targets.schools': 'count',
      'targets.participants.parents': 'count',
      'hashtags.3.tag': 'hashtagTwice',
      'hashtags.4.tag': 'hashtag',
      'hashtags.4.target': 'count',
    });
  });

  it('stores hashtags the way posts are counted, and drops empty rows', () => {
    const form = filled();
    form.hashtags = [
      { key: 1, tag: 'ConguocHaNoi', target: '50.000' },
      { key: 2, tag: '', target: '' },
    ];
    expect(validateCampaignForm(form).input?.targets.postsPerHashtag).toEqual({ '#conguochanoi': 50_000 });
  });

  it('puts the server field errors on the fields that caused them', () => {
    const form = filled();
    form.hashtags[1]!.tag = '#01MINH';
    expect(formFieldOf('targets.participants.students', form)).toBe('targets.participants.students');
    expect(formFieldOf('endDate', form)).toBe('endDate');
    expect(formFieldOf('targets.postsPerHashtag.#01MINH', form)).toBe('hashtags.2.tag');
    expect(formFieldOf('targets.postsPerHashtag', form)).toBeNull();
    expect(formFieldOf('targets', form)).toBeNull();
  });

  it('tells upcoming, running and ended campaigns apart, by the date in Vietnam', () => {
    const campaign = { startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(campaignStatus(campaign, '2025-12-31')).toBe('upcoming');
    expect(campaignStatus(campaign, '2026-01-01')).toBe('running');
    expect(campaignStatus(campaign, '2026-12-31')).toBe('running');
    expect(campaignStatus(campaign, '2027-01-01')).toBe('ended');
    expect(todayInVietnam(new Date('2026-03-31T18:00:00Z'))).toBe('2026-04-01');
    expect(oneYearFrom('2026-09-05')).toBe('2027-09-04');
    expect(oneYearFrom('2028-03-01')).toBe('2029-02-28');
  });

  it('lets admins and national organisers edit, provincial organisers only read', () => {
    expect(canEditCampaigns({ role: 'admin', provinceId: null })).toBe(true);
    expect(canEditCampaigns({ role: 'organizer', provinceId: null })).toBe(true);
    expect(canEditCampaigns({ role: 'organizer', provinceId: 'ha-noi' })).toBe(false);
    expect(canEditCampaigns({ role: 'teacher', provinceId: null })).toBe(false);
  });
});
