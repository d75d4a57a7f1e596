import { derivedParticipants } from './derived-participants';

const typed = { members: 2, deputies: 3, experts: 1, staff: 4 };

describe('derivedParticipants', () => {
  it('keeps the typed figures when nobody is named', () => {
    expect(derivedParticipants(typed, {})).toEqual(typed);
    expect(derivedParticipants(typed, { deputies: { named: 0, present: 0 } })).toEqual(typed);
  });

  it('counts named deputies invited and not absent, leaving the other figures alone', () => {
    expect(derivedParticipants(typed, { deputies: { named: 2, present: 2 } })).toEqual({
      ...typed,
      deputies: 2,
    });
  });

  it('counts zero when every named deputy was absent', () => {
    expect(derivedParticipants(typed, { deputies: { named: 2, present: 0 } }).deputies).toBe(0);
  });

  it('derives experts the same way once they are named', () => {
    expect(derivedParticipants(typed, { experts: { named: 3, present: 1 } })).toEqual({
      ...typed,
      experts: 1,
    });
  });
});
